package com.vhostportal.vhost;

import java.util.Arrays;
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
		if (containsAny(upper, "TRUSTSTORE", "TRUST_STORE")) {
			return Optional.of("trustStore");
		}
		if (containsAny(upper, "KEYSTORE_ALIAS", "KEY_ALIAS", "KEYSTOREALIAS")) {
			return Optional.of("keyAlias");
		}
		if (containsAny(upper, "KEYSTORE", "KEY_STORE")) {
			return Optional.of("keyStore");
		}
		if (upper.contains("DEFAULT_VIRTUALHOST")) {
			return Optional.of("defaultHost");
		}
		if (containsAny(upper, "ALIAS", "HOST", "DOMAIN")) {
			return Optional.of("virtualHostUrl");
		}
		return Optional.empty();
	}

	private static boolean containsAny(String text, String... parts) {
		return Arrays.stream(parts).anyMatch(text::contains);
	}

}
