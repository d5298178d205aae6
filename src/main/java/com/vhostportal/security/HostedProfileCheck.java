package com.vhostportal.security;

import java.util.Base64;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the hosted deployment with a demo convenience left on: demo sign-in,
 * or no key for encrypting stored secrets.
 */
@Component
@Profile("hosted")
class HostedProfileCheck {

	static final String ENCRYPTION_KEY = "PORTAL_ENCRYPTION_KEY";

	private static final int KEY_BYTES = 32;

	private static final String DEMO_MODE_REFUSED = """
			The hosted profile does not run in demo mode: set portal.security.mode=oidc and \
			spring.security.oauth2.client.registration.<id>.* (see README, Sign-in)""";

	private static final String KEY_HINT = "set " + ENCRYPTION_KEY
			+ " to 32 random bytes in base64, e.g. the output of 'openssl rand -base64 32'";

	HostedProfileCheck(PortalSecurityProperties properties, Environment environment) {
		if (properties.mode() != PortalSecurityProperties.Mode.OIDC) {
			throw new IllegalStateException(DEMO_MODE_REFUSED);
		}
		checkKey(environment.getProperty(ENCRYPTION_KEY));
	}

	private void checkKey(String key) {
		if (!StringUtils.hasText(key)) {
			throw keyProblem("The hosted profile needs an encryption key");
		}
		try {
			if (Base64.getDecoder().decode(key.trim()).length != KEY_BYTES) {
				throw keyProblem(ENCRYPTION_KEY + " is not 32 bytes long");
			}
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(ENCRYPTION_KEY + " is not base64: " + KEY_HINT, ex);
		}
	}

	private static IllegalStateException keyProblem(String problem) {
		return new IllegalStateException(problem + ": " + KEY_HINT);
	}

}
