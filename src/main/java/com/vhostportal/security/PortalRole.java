package com.vhostportal.security;

/**
 * What a signed-in person may do in the portal.
 */
public enum PortalRole {

	/** Manages teams and tenants. */
	PORTAL_ADMIN,

	/** Submits virtual host requests. */
	OPERATOR,

	/** Reads the history, never writes. */
	AUDITOR;

	/**
	 * Returns the Spring Security authority of this role.
	 * @return {@code ROLE_<name>}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
