package com.vhostportal.sandbox;

import java.util.Arrays;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A virtual host request body as received, with every field checked for its JSON type the
 * way API Management checks it: booleans must be JSON booleans, text must be JSON
 * strings. Whether the values make sense is decided later.
 *
 * @param operation what to do
 * @param virtualHostId the host to update or delete, or {@code null}
 * @param accountId the account id, or {@code null}
 * @param virtualHostUrl the alias or the custom domain host, or {@code null}
 * @param defaultHost whether the host is to become the default host
 * @param forCustomDomain the custom domain flag, or {@code null} when absent
 * @param clientAuth whether mTLS is requested
 * @param keyStoreName the keystore of the current layout, or {@code null}
 * @param keyStoreAlias the key alias of the current layout, or {@code null}
 * @param legacyKeyStore the single {@code keyStore} field of the 2025 layout, or
 * {@code null}
 * @param trustStore the truststore, or {@code null}
 */
// @formatter:off
record SandboxVirtualHostRequest(
		SandboxOperation operation,
		String virtualHostId,
		String accountId,
		String virtualHostUrl,
		boolean defaultHost,
		Boolean forCustomDomain,
		boolean clientAuth,
		String keyStoreName,
		String keyStoreAlias,
		String legacyKeyStore,
		String trustStore) {
// @formatter:on

	/**
	 * Reads a request body.
	 * @param jsonMapper the mapper that parses it
	 * @param json the body as received, or {@code null}
	 * @return the request
	 * @throws SandboxODataException if the body is not a JSON object, has no valid
	 * operation or has a field of the wrong JSON type
	 */
	static SandboxVirtualHostRequest read(JsonMapper jsonMapper, String json) {
		JsonNode body = SandboxJsonBodies.object(jsonMapper, json, "VHR_INVALID_REQUEST_BODY");
		// @formatter:off
		return new SandboxVirtualHostRequest(
				operation(body),
				text(body, "virtualHostId"),
				text(body, "accountId"),
				text(body, "virtualHostUrl"),
				isTrue(body, "isDefaultVirtualHostRequest"),
				flag(body, "isForCustomDomain"),
				isTrue(body, "isClientAuthEnabled"),
				text(body, "keyStoreName"),
				text(body, "keyStoreAlias"),
				text(body, "keyStore"),
				text(body, "trustStore"));
		// @formatter:on
	}

	private static SandboxOperation operation(JsonNode body) {
		String operation = text(body, "operation");
		return Arrays.stream(SandboxOperation.values())
			.filter((candidate) -> candidate.name().equals(operation))
			.findFirst()
			.orElseThrow(() -> unsupported(operation));
	}

	private static SandboxODataException unsupported(String operation) {
		String given = (operation != null) ? "'" + operation + "' is not supported" : "is missing";
		String message = "operation " + given + "; use CREATE, UPDATE or DELETE";
		return SandboxODataException.badRequest("VHR_INVALID_OPERATION", message);
	}

	private static String text(JsonNode body, String name) {
		return SandboxJsonBodies.text(body, name, "VHR_INVALID_FIELD_TYPE");
	}

	private static boolean isTrue(JsonNode body, String name) {
		return Boolean.TRUE.equals(flag(body, name));
	}

	private static Boolean flag(JsonNode body, String name) {
		JsonNode value = body.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			String message = name + " must be a JSON boolean (true or false), not " + value;
			throw SandboxODataException.badRequest("VHR_INVALID_BOOLEAN_VALUE", message);
		}
		return value.booleanValue();
	}

}
