package com.vhostportal.certificate;

import java.util.List;

/**
 * A chain formed by the certificates of one store, from the certificate that issues
 * nothing in the store up towards its root.
 *
 * @param certificates the certificates, the lowest first
 * @param missingIssuer the issuer of the last certificate when the store does not hold
 * it, or {@code null} when the chain ends at a self-issued root
 */
public record CertificateChain(List<CertificateDetails> certificates, String missingIssuer) {

	public CertificateChain {
		certificates = List.copyOf(certificates);
	}

	/**
	 * Returns whether the chain ends at a root that issued itself.
	 * @return {@code true} when the chain is complete
	 */
	public boolean complete() {
		return this.missingIssuer == null;
	}

	/**
	 * Returns the lowest certificate of the chain.
	 * @return the certificate that issues nothing in the store
	 */
	public CertificateDetails bottom() {
		return this.certificates.get(0);
	}

	/**
	 * Returns the highest certificate of the chain.
	 * @return the root, or the last certificate whose issuer the store holds
	 */
	public CertificateDetails top() {
		return this.certificates.get(this.certificates.size() - 1);
	}

}
