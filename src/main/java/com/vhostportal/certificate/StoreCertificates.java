package com.vhostportal.certificate;

import java.util.List;
import java.util.function.Predicate;

import com.vhostportal.apim.CertificateStore;

/**
 * A certificate store with its certificates read.
 *
 * @param store the store
 * @param certificates its certificates, in the order API Management lists them
 */
public record StoreCertificates(CertificateStore store, List<CertificateDetails> certificates) {

	public StoreCertificates {
		certificates = List.copyOf(certificates);
	}

	/**
	 * Returns the chains the certificates form.
	 * @return the chains, one per certificate that issues no other one in the store
	 */
	public List<CertificateChain> chains() {
		return CertificateChains.of(this.certificates);
	}

	/**
	 * Returns the certificates whose content could not be read, which no chain holds.
	 * @return those certificates
	 */
	public List<CertificateDetails> unreadable() {
		Predicate<CertificateDetails> readable = CertificateDetails::readable;
		return this.certificates.stream().filter(readable.negate()).toList();
	}

}
