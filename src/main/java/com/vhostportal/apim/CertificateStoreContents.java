package com.vhostportal.apim;

import java.util.List;

/**
 * A certificate store with the certificates it holds.
 *
 * @param store the store
 * @param certificates its certificates, in the order listed
 */
// @formatter:off
public record CertificateStoreContents(
		CertificateStore store,
		List<StoreCertificate> certificates) {
// @formatter:on

	public CertificateStoreContents {
		certificates = List.copyOf(certificates);
	}

}
