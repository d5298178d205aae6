package com.vhostportal.apim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings a virtual host request body asks for, read back from the JSON that was
 * sent, in either field layout.
 *
 * @param virtualHostId the host to change, or {@code null} on create
 * @param virtualHostUrl the alias or host name, or {@code null} on delete
 * @param defaultHost whether the host is to be the default host
 * @param customDomain whether the host is on a custom domain
 * @param clientAuth whether mTLS is to be on
 * @param keyStore the keystore or reference, or {@code null}
 * @param keyAlias the key alias, or {@code null} (the 2025 layout sends none)
 * @param trustStore the truststore or reference, or {@code null}
 * @param legacyLayout whether the body uses the 2025 layout (a single {@code keyStore})
 */
// @formatter:off
public record RequestedSettings(
		String virtualHostId,
		String virtualHostUrl,
		boolean defaultHost,
		boolean customDomain,
		boolean clientAuth,
		String keyStore,
		String keyAlias,
		String trustStore,
		boolean legacyLayout) {
// @formatter:on

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Reads a request body as {@link VirtualHostRequest#body} wrote it.
	 * @param json the body
	 * @return what it asks for
	 */
	public static RequestedSettings read(String json) {
		JsonNode body = JSON.readTree(json);
		boolean legacy = body.has("keyStore");
		String keyStore = legacy ? text(body, "keyStore") : text(body, "keyStoreName");
		boolean custom = body.path("isForCustomDomain").asBoolean(false) || legacy;

		// @formatter:off
		return new RequestedSettings(
				text(body, "virtualHostId"),
				text(body, "virtualHostUrl"),
				flag(body, "isDefaultVirtualHostRequest"),
				custom,
				flag(body, "isClientAuthEnabled"),
				keyStore,
				text(body, "keyStoreAlias"),
				text(body, "trustStore"),
				legacy);
		// @formatter:on
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		if (!value.isValueNode() || value.isNull() || value.asString().isBlank()) {
			return null;
		}
		return value.asString();
	}

	private static boolean flag(JsonNode node, String name) {
		return node.path(name).asBoolean(false);
	}

}
