package com.vhostportal.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * The client id and secret presented to the token endpoint, read from HTTP Basic or from
 * the form fields {@code client_id} and {@code client_secret}.
 *
 * @param clientId the client id
 * @param clientSecret the client secret
 */
record SandboxClientCredentials(String clientId, String clientSecret) {

	private static final String BASIC = "basic ";

	/**
	 * Reads the credentials of a token request, preferring HTTP Basic.
	 * @param authorization the Authorization header, or {@code null}
	 * @param formId the {@code client_id} field, or {@code null}
	 * @param formSecret the {@code client_secret} field, or {@code null}
	 * @return the credentials, or empty when none or malformed ones were presented
	 */
	// @formatter:off
	static Optional<SandboxClientCredentials> read(
			String authorization,
			String formId,
			String formSecret) {
	// @formatter:on
		if (authorization != null) {
			return fromBasic(authorization);
		}
		if (formId == null || formSecret == null) {
			return Optional.empty();
		}
		return Optional.of(new SandboxClientCredentials(formId, formSecret));
	}

	private static Optional<SandboxClientCredentials> fromBasic(String authorization) {
		if (!StringUtils.startsWithIgnoreCase(authorization, BASIC)) {
			return Optional.empty();
		}
		try {
			String encoded = authorization.substring(BASIC.length()).trim();
			byte[] bytes = Base64.getDecoder().decode(encoded);
			String decoded = new String(bytes, StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return Optional.empty();
			}
			// RFC 6749 section 2.3.1: the client form-encodes id and secret first.
			String clientId = formDecode(decoded.substring(0, colon));
			String clientSecret = formDecode(decoded.substring(colon + 1));
			return Optional.of(new SandboxClientCredentials(clientId, clientSecret));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String formDecode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "SandboxClientCredentials[clientId=" + this.clientId + ", clientSecret=******]";
	}

}
