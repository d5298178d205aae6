package com.vhostportal.apim;

import com.vhostportal.tenant.KeyRole;
import com.vhostportal.tenant.Tenant;

/**
 * The key a call is made with: the tenant, the role the call needs, and the role of the
 * key that actually serves it (reads fall back to the write key when no read key is
 * configured).
 *
 * @param tenant the tenant
 * @param purpose the role the call needs
 * @param role the role of the key used
 */
record TenantKey(Tenant tenant, KeyRole purpose, KeyRole role) {

	static TenantKey of(Tenant tenant, KeyRole purpose) {
		boolean readKey = purpose == KeyRole.READ && tenant.readKey() != null;
		return new TenantKey(tenant, purpose, readKey ? KeyRole.READ : KeyRole.WRITE);
	}

	String registrationId() {
		return this.tenant.registrationId(this.role);
	}

	boolean fallsBackToWriteKey() {
		return this.purpose != this.role;
	}

	/**
	 * Names the key for messages, such as {@code the write key of tenant 'acme'}.
	 * @return the description
	 */
	String description() {
		String role = (this.role == KeyRole.READ) ? "read" : "write";
		return "the " + role + " key of tenant '" + this.tenant.id() + "'";
	}

}
