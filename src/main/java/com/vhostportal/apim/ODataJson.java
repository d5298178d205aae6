package com.vhostportal.apim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads and writes the OData V2 JSON of API Management. Reading is lenient on purpose:
 * SAP documents few value formats, so values are taken in whatever JSON type they come.
 */
final class ODataJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new Fields();

	private ODataJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * Parses a body.
	 * @param body the body, possibly empty or not JSON at all
	 * @return the root node, or a missing node when the body is not JSON
	 */
	static JsonNode read(String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * Returns the fields of an object in the order received.
	 * @param node the object
	 * @return the fields, nested objects and arrays as maps and lists
	 */
	static Map<String, Object> fields(JsonNode node) {
		return node.isObject() ? JSON.convertValue(node, FIELDS) : Map.of();
	}

	/**
	 * Returns a scalar field as text, whatever its JSON type.
	 * @param node the object
	 * @param name the field
	 * @return the text, or {@code null} when absent, null or not a scalar
	 */
	static String text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		return (value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	/**
	 * Returns a flag written as a JSON boolean or as the string {@code "true"}.
	 * @param node the object
	 * @param name the field
	 * @return the flag, {@code false} when absent
	 */
	static boolean flag(JsonNode node, String name) {
		return "true".equalsIgnoreCase(text(node, name));
	}

	static Integer integer(JsonNode node, String name) {
		String text = text(node, name);
		try {
			return (text != null) ? Integer.valueOf(text.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Returns the entries of a collection, which OData V2 writes either as an array or,
	 * when expanded, as an object holding the array in {@code results}.
	 * @param node the object holding the collection
	 * @param name the field
	 * @return the entries, empty when absent
	 */
	static List<JsonNode> collection(JsonNode node, String name) {
		JsonNode value = node.path(name);
		JsonNode entries = value.isObject() ? value.path("results") : value;
		return entries.isArray() ? new ArrayList<>(entries.values()) : List.of();
	}

	// Jackson reads the type of the fields off the generic superclass of this class.
	private static final class Fields extends TypeReference<LinkedHashMap<String, Object>> {

	}

}
