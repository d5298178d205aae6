package com.vhostportal.certificate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the chains the readable certificates of a store form, matching each
 * certificate's issuer name with the subject names in the store.
 */
final class CertificateChains {

	// Far deeper than any real PKI; a guard against loops of cross-signed certificates.
	private static final int MAX_DEPTH = 10;

	private final Map<String, CertificateDetails> bySubject = new LinkedHashMap<>();

	private final Set<CertificateDetails> placed = new HashSet<>();

	private CertificateChains(List<CertificateDetails> certificates) {
		for (CertificateDetails certificate : certificates) {
			if (certificate.readable()) {
				this.bySubject.putIfAbsent(certificate.subjectKey(), certificate);
			}
		}
	}

	/**
	 * Builds the chains.
	 * @param certificates the certificates of one store
	 * @return one chain per certificate that issues no other certificate of the store
	 */
	static List<CertificateChain> of(List<CertificateDetails> certificates) {
		return new CertificateChains(certificates).chains();
	}

	/**
	 * Returns whether a certificate issues another one of the store.
	 * @param certificate the certificate
	 * @param chains the chains of its store
	 * @return {@code true} when it stands above another certificate in a chain
	 */
	static boolean issuesOthers(CertificateDetails certificate, List<CertificateChain> chains) {
		return chains.stream().anyMatch((chain) -> chain.certificates().indexOf(certificate) > 0);
	}

	private List<CertificateChain> chains() {
		Set<CertificateDetails> issuers = issuers();
		List<CertificateChain> chains = new ArrayList<>();
		for (CertificateDetails certificate : this.bySubject.values()) {
			if (!issuers.contains(certificate)) {
				chains.add(chainFrom(certificate));
			}
		}
		// Certificates that only issue each other (a loop) still get a chain of their
		// own.
		for (CertificateDetails certificate : this.bySubject.values()) {
			if (!this.placed.contains(certificate)) {
				chains.add(chainFrom(certificate));
			}
		}
		return chains;
	}

	private Set<CertificateDetails> issuers() {
		Set<CertificateDetails> issuers = new HashSet<>();
		for (CertificateDetails certificate : this.bySubject.values()) {
			CertificateDetails issuer = this.bySubject.get(certificate.issuerKey());
			if (issuer != null && !certificate.selfIssued()) {
				issuers.add(issuer);
			}
		}
		return issuers;
	}

	private CertificateChain chainFrom(CertificateDetails start) {
		List<CertificateDetails> links = new ArrayList<>();
		CertificateDetails current = start;
		while (true) {
			links.add(current);
			this.placed.add(current);
			if (current.selfIssued()) {
				return new CertificateChain(links, null);
			}
			CertificateDetails issuer = this.bySubject.get(current.issuerKey());
			if (issuer == null || links.contains(issuer) || links.size() >= MAX_DEPTH) {
				String missing = (issuer == null) ? current.issuer() : null;
				return new CertificateChain(links, missing);
			}
			current = issuer;
		}
	}

}
