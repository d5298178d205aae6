package com.vhostportal.tenant;

import java.util.Optional;

/**
 * An API Management tenant the portal may act on, with its keys resolved.
 *
 * @param id the url-safe, unique id
 * @param name the display name
 * @param accountId the subaccount subdomain sent as {@code accountId}, lowercase
 * @param fieldLayout the request body layout the tenant expects
 * @param writeKey the key that writes virtual hosts
 * @param readKey the key that reads portal entities, or {@code null}
 * @param team the team the tenant belongs to, or {@code null} for none
 */
// @formatter:off
public record Tenant(
		String id,
		String name,
		String accountId,
		FieldLayout fieldLayout,
		ServiceKey writeKey,
		ServiceKey readKey,
		String team) {
// @formatter:on

	/**
	 * Returns the key used for reads: the read key when configured.
	 * @return the read key, if any
	 */
	public Optional<ServiceKey> optionalReadKey() {
		return Optional.ofNullable(this.readKey);
	}

	/**
	 * Returns the key for the given role, falling back to the write key for reads the
	 * self-service key is allowed to make (the virtual host list).
	 * @param role the role
	 * @return the key
	 */
	public ServiceKey key(KeyRole role) {
		return (role == KeyRole.READ && this.readKey != null) ? this.readKey : this.writeKey;
	}

	/**
	 * Returns the OAuth2 client registration id of one of this tenant's keys.
	 * @param role the key's role
	 * @return the registration id
	 */
	public String registrationId(KeyRole role) {
		return this.id + ":" + ((role == KeyRole.READ && this.readKey != null) ? "read" : "write");
	}

}
