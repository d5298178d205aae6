package com.vhostportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A virtual host of the sandbox tenant.
 *
 * @param id the id, used as {@code virtualHostId}
 * @param settings what the host is
 * @param createdAt when it was created
 * @param createdBy the client that created it
 * @param changedAt when it last changed
 * @param changedBy the client that last changed it
 */
// @formatter:off
record SandboxVirtualHost(
		String id,
		SandboxHostSettings settings,
		Instant createdAt,
		String createdBy,
		Instant changedAt,
		String changedBy) {
// @formatter:on

	/**
	 * Returns the id of a host the sandbox starts with; stable across restarts so that
	 * links into the portal's history keep pointing at the same host.
	 * @param alias the alias of the seed host
	 * @return the id
	 */
	static String seedId(String alias) {
		byte[] name = ("sandbox-virtual-host:" + alias).getBytes(StandardCharsets.UTF_8);
		return UUID.nameUUIDFromBytes(name).toString();
	}

	OData.LifeCycle lifeCycle() {
		return OData.LifeCycle.of(this.createdAt, this.createdBy, this.changedAt, this.changedBy);
	}

	SandboxVirtualHost changedTo(SandboxHostSettings settings, Instant at, String by) {
		return new SandboxVirtualHost(this.id, settings, this.createdAt, this.createdBy, at, by);
	}

}
