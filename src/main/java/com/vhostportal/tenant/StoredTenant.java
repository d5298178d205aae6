package com.vhostportal.tenant;

import java.time.Instant;

/**
 * A tenant registered in the UI, as the tenant pages list it. Its secrets are never part
 * of it; {@code tenant} is {@code null} when they cannot be decrypted.
 *
 * @param id the tenant id
 * @param name the display name
 * @param team the team, or {@code null}
 * @param fieldLayout the request body layout
 * @param hasReadKey whether a read key is stored
 * @param registeredBy who registered it
 * @param registeredAt when it was registered or its keys last replaced
 * @param tenant the usable tenant, or {@code null} when its secrets are unreadable
 */
// @formatter:off
public record StoredTenant(
		String id,
		String name,
		String team,
		FieldLayout fieldLayout,
		boolean hasReadKey,
		String registeredBy,
		Instant registeredAt,
		Tenant tenant) {
// @formatter:on

	/**
	 * Returns whether the stored secrets could be decrypted with the current key.
	 * @return {@code true} if the tenant can be used
	 */
	public boolean usable() {
		return this.tenant != null;
	}

}
