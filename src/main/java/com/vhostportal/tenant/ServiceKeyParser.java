package com.vhostportal.tenant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a service key JSON in either of the shapes SAP tools write: the binding-secret
 * form ({@code url}, {@code tokenUrl}, {@code clientId}, {@code clientSecret}) or the
 * nested form ({@code oauth.url}, {@code oauth.tokenurl}, ...).
 */
public final class ServiceKeyParser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ServiceKeyParser() {
	}

	/**
	 * Parses a service key.
	 * @param json the key as SAP issued it
	 * @return the key
	 * @throws InvalidServiceKeyException if the JSON is malformed or lacks a field
	 */
	public static ServiceKey parse(String json) {
		JsonNode root = readTree(json);
		JsonNode oauth = root.path("oauth");
		JsonNode source = oauth.isObject() ? oauth : root;
		if (!text(source, "certificate").isEmpty() && text(source, "clientSecret", "clientsecret").isEmpty()) {
			throw new InvalidServiceKeyException(
					"This is an x509 service key; the portal needs a key with a client secret "
							+ "(create the key with credential type binding-secret)");
		}
		return new ServiceKey(required(source, "url"), required(source, "tokenUrl", "tokenurl"),
				required(source, "clientId", "clientid"), required(source, "clientSecret", "clientsecret"));
	}

	private static JsonNode readTree(String json) {
		try {
			JsonNode root = JSON.readTree(json);
			if (root == null || !root.isObject()) {
				throw new InvalidServiceKeyException("The service key must be a JSON object");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new InvalidServiceKeyException("The service key is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static String required(JsonNode node, String... names) {
		String value = text(node, names);
		if (value.isEmpty()) {
			throw new InvalidServiceKeyException("The service key has no '" + names[0] + "'");
		}
		return value;
	}

	private static String text(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.path(name);
			if (value.isString() && !value.asString().isBlank()) {
				return value.asString().trim();
			}
		}
		return "";
	}

}
