package com.vhostportal.sandbox;

import java.time.Instant;

/**
 * A virtual host request the sandbox has applied.
 *
 * @param requestId the id of the request
 * @param operation what was done
 * @param host the host as it is now, or as it was before a delete
 * @param at when the request was applied
 * @param by the client that sent it
 */
// @formatter:off
record SandboxVirtualHostChange(
		String requestId,
		SandboxOperation operation,
		SandboxVirtualHost host,
		Instant at,
		String by) {
// @formatter:on

}
