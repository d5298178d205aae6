package com.vhostportal.certificate;

import com.vhostportal.tenant.Tenant;

/**
 * One certificate in the expiry overview.
 *
 * @param tenant the tenant
 * @param store the store holding it
 * @param certificate the certificate
 * @param state how close it is to expiry
 * @param expiry its expiry in words
 */
// @formatter:off
record ExpiryRow(
		Tenant tenant,
		String store,
		CertificateDetails certificate,
		ExpiryState state,
		String expiry) {
// @formatter:on

}
