package com.vhostportal.sandbox;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON bodies of sandbox write calls strictly, as API Management does, so that
 * a client sending a wrong type learns it from the sandbox rather than from a real
 * tenant.
 */
final class SandboxJsonBodies {

	private SandboxJsonBodies() {
	}

	/**
	 * Parses a body that must be a JSON object.
	 * @param jsonMapper the mapper
	 * @param body the body as received, or {@code null}
	 * @param code the OData error code when it is not a JSON object
	 * @return the object
	 */
	static JsonNode object(JsonMapper jsonMapper, String body, String code) {
		if (body == null || body.isBlank()) {
			throw SandboxODataException.badRequest(code, "The body is empty; send a JSON object");
		}
		try {
			JsonNode node = jsonMapper.readTree(body);
			if (node == null || !node.isObject()) {
				throw SandboxODataException.badRequest(code, "The body must be a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			String message = "The body is not valid JSON: " + ex.getOriginalMessage();
			throw SandboxODataException.badRequest(code, message);
		}
	}

	/**
	 * Reads a field that must be a JSON string when present.
	 * @param object the JSON object
	 * @param name the field name
	 * @param code the OData error code when it has another type
	 * @return the string, or {@code null} when the field is absent or null
	 */
	static String text(JsonNode object, String name, String code) {
		JsonNode value = object.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			String message = name + " must be a JSON string, not " + value;
			throw SandboxODataException.badRequest(code, message);
		}
		return value.asString();
	}

}
