package com.vhostportal.vhost;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the fields of an OData answer for display: nested objects such as
 * {@code life_cycle} are flattened to dotted names and {@code /Date(ms)/} values are
 * shown as ISO-8601 instants.
 */
@Component
class AnswerFields {

	private static final Pattern DATE_MS = Pattern.compile("/Date\\((-?\\d+)(?:[+-]\\d{4})?\\)/");

	private final JsonMapper json;

	AnswerFields(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Returns the fields of the answer's {@code d} object, in the order received.
	 * @param body the answer body
	 * @return the fields, empty when the body is not an OData object
	 */
	Map<String, String> of(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body == null || body.isBlank()) {
			return fields;
		}
		try {
			JsonNode d = this.json.readTree(body).path("d");
			if (d.isObject()) {
				flatten("", d, fields);
			}
		}
		catch (JacksonException ex) {
			// Not JSON: the raw body is shown instead.
		}
		return fields;
	}

	/**
	 * Returns whether a request body asked for a custom domain host; the legacy layout
	 * says so only by carrying a keystore.
	 */
	boolean isCustomDomainRequest(String requestBody) {
		try {
			JsonNode request = this.json.readTree(requestBody);
			boolean custom = request.path("isForCustomDomain").asBoolean(false);
			return custom || request.has("keyStore") || request.has("keyStoreName");
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/**
	 * Pretty-prints a JSON body, or returns it unchanged when it is not JSON.
	 */
	String pretty(String body) {
		if (body == null || body.isBlank()) {
			return body;
		}
		try {
			JsonNode tree = this.json.readTree(body);
			return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
		}
		catch (JacksonException ex) {
			return body;
		}
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String name = prefix + field.getKey();
			JsonNode value = field.getValue();
			if (value.isObject()) {
				flatten(name + ".", value, fields);
			}
			else if (!name.endsWith("__metadata")) {
				fields.put(name, display(value));
			}
		}
	}

	private static String display(JsonNode value) {
		if (value.isNull()) {
			return null;
		}
		String text = value.isString() ? value.asString() : value.toString();
		Matcher date = DATE_MS.matcher(text);
		if (!date.matches()) {
			return text;
		}
		return Instant.ofEpochMilli(Long.parseLong(date.group(1))).toString();
	}

}
