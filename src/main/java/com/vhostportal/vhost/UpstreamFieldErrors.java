package com.vhostportal.vhost;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides which form field an error code of API Management concerns, so that a refusal
 * such as an alias that is too long shows next to that field.
 */
final class UpstreamFieldErrors {

	private UpstreamFieldErrors() {
	}

	static Optional<String> fieldFor(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String upper = code.toUpperCase(Locale.ROOT);
		if (upper.contains("TRUSTSTORE") || upper.contains("TRUST_STORE")) {
			return Optional.of("trustStore");
		}
		if (upper.contains("KEYSTORE_ALIAS") || upper.contains("KEY_ALIAS") || upper.contains("KEYSTOREALIAS")) {
			return Optional.of("keyAlias");
		}
		if (upper.contains("KEYSTORE") || upper.contains("KEY_STORE")) {
			return Optional.of("keyStore");
		}
		if (upper.contains("DEFAULT_VIRTUALHOST")) {
			return Optional.of("defaultHost");
		}
		if (upper.contains("ALIAS") || upper.contains("HOST") || upper.contains("DOMAIN")) {
			return Optional.of("virtualHostUrl");
		}
		return Optional.empty();
	}

}
