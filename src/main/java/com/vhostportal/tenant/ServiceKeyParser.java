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

	private static final String X509_KEY = """
			This is an x509 service key; the portal needs a key with a client secret \
			(create the key with credential type binding-secret)""";

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
		boolean x509 = !text(source, "certificate").isEmpty();
		if (x509 && text(source, "clientSecret", "clientsecret").isEmpty()) {
			throw new InvalidServiceKeyException(X509_KEY);
		}
		String url = required(source, "url");
		String tokenUrl = required(source, "tokenUrl", "tokenurl");
		String clientId = required(source, "clientId", "clientid");
		String clientSecret = required(source, "clientSecret", "clientsecret");
		return new ServiceKey(url, tokenUrl, clientId, clientSecret);
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
			String problem = "The service key is not valid JSON: " + ex.getOriginalMessage();
			throw new InvalidServiceKeyException(problem, ex);
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
