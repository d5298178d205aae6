package com.vhostportal.sandbox;

import java.time.Instant;

/**
 * Who holds a sandbox access token, and until when it is valid.
 *
 * @param clientId the client the token was issued to
 * @param role the role of that client
 * @param expiresAt when the token stops being valid
 */
record SandboxCaller(String clientId, SandboxRole role, Instant expiresAt) {

	boolean isValidAt(Instant instant) {
		return instant.isBefore(this.expiresAt);
	}

}
