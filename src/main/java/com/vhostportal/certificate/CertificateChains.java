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

	private CertificateChains() {
	}

	/**
	 * Builds the chains.
	 * @param certificates the certificates of one store
	 * @return one chain per certificate that issues no other certificate of the store
	 */
	static List<CertificateChain> of(List<CertificateDetails> certificates) {
		Map<String, CertificateDetails> bySubject = new LinkedHashMap<>();
		certificates.stream()
			.filter(CertificateDetails::readable)
			.forEach((certificate) -> bySubject.putIfAbsent(certificate.subjectKey(), certificate));
		Set<CertificateDetails> issuers = new HashSet<>();
		for (CertificateDetails certificate : bySubject.values()) {
			CertificateDetails issuer = certificate.selfIssued() ? null : bySubject.get(certificate.issuerKey());
			if (issuer != null) {
				issuers.add(issuer);
			}
		}

		List<CertificateChain> chains = new ArrayList<>();
		Set<CertificateDetails> placed = new HashSet<>();
		for (CertificateDetails certificate : bySubject.values()) {
			if (!issuers.contains(certificate)) {
				chains.add(chainFrom(certificate, bySubject, placed));
			}
		}
		// Certificates that only issue each other (a loop) still get a chain of their
		// own.
		for (CertificateDetails certificate : bySubject.values()) {
			if (!placed.contains(certificate)) {
				chains.add(chainFrom(certificate, bySubject, placed));
			}
		}
		return chains;
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

	private static CertificateChain chainFrom(CertificateDetails start, Map<String, CertificateDetails> bySubject,
			Set<CertificateDetails> placed) {
		List<CertificateDetails> links = new ArrayList<>();
		CertificateDetails current = start;
		while (true) {
			links.add(current);
			placed.add(current);
			if (current.selfIssued()) {
				return new CertificateChain(links, null);
			}
			CertificateDetails issuer = bySubject.get(current.issuerKey());
			if (issuer == null || links.contains(issuer) || links.size() >= MAX_DEPTH) {
				String missing = (issuer == null) ? current.issuer() : null;
				return new CertificateChain(links, missing);
			}
			current = issuer;
		}
	}

}
