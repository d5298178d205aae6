package com.vhostportal.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks of a truststore used for mutual TLS: OpenSSL security level 2 on every
 * certificate (API Management checks client chains at that level since January 2024),
 * whole chains up to a root, CAs where CAs belong, client certificates fit for client
 * authentication, and validity.
 */
final class TruststoreRules {

	/** The fewest bits of an RSA, DSA or DH key at OpenSSL security level 2. */
	static final int MIN_FINITE_FIELD_BITS = 2048;

	/** The fewest bits of an EC key at OpenSSL security level 2. */
	static final int MIN_EC_BITS = 224;

	private TruststoreRules() {
	}

	static List<CertificateFinding> check(String store, List<CertificateDetails> certificates, Instant now,
			FindingTexts texts) {
		List<CertificateFinding> findings = new ArrayList<>();
		if (certificates.isEmpty()) {
			findings.add(texts.finding(FindingRule.STORE_EMPTY, FindingSeverity.ERROR, store, null, store));
			return findings;
		}
		for (CertificateDetails certificate : certificates) {
			if (!certificate.readable()) {
				findings.add(notChecked(certificate, texts));
			}
			checkLevel2(certificate, texts, findings);
			ValidityRule.check(certificate, now, texts, findings);
		}

		List<CertificateChain> chains = CertificateChains.of(certificates);
		for (CertificateChain chain : chains) {
			checkChain(chain, chains, texts, findings);
		}
		boolean hasRoot = certificates.stream().anyMatch((certificate) -> certificate.selfIssued() && certificate.ca());
		if (!hasRoot && certificates.stream().anyMatch(CertificateDetails::readable)) {
			findings.add(texts.finding(FindingRule.NO_ROOT, FindingSeverity.ERROR, store, null, store));
		}
		return findings;
	}

	static CertificateFinding notChecked(CertificateDetails certificate, FindingTexts texts) {
		return texts.finding(FindingRule.NOT_CHECKED, FindingSeverity.WARNING, certificate.storeName(),
				certificate.name(), certificate.name(), certificate.storeName(), texts.text(certificate.unreadable()));
	}

	private static void checkLevel2(CertificateDetails certificate, FindingTexts texts,
			List<CertificateFinding> findings) {
		Integer minimum = minimumBits(certificate.keyAlgorithm());
		if (minimum != null && certificate.keyBits() != null && certificate.keyBits() < minimum) {
			findings.add(finding(FindingRule.WEAK_KEY, certificate, texts, certificate.keyAlgorithm(),
					String.valueOf(certificate.keyBits()), String.valueOf(minimum)));
		}
		if (weakSignature(certificate.signatureAlgorithm())) {
			findings.add(finding(FindingRule.WEAK_SIGNATURE, certificate, texts, certificate.signatureAlgorithm()));
		}
	}

	private static void checkChain(CertificateChain chain, List<CertificateChain> chains, FindingTexts texts,
			List<CertificateFinding> findings) {
		CertificateDetails top = chain.top();
		if (!chain.complete() && chain.missingIssuer() != null) {
			findings.add(finding(FindingRule.ISSUER_MISSING, top, texts, chain.missingIssuer(), top.storeName()));
		}
		for (CertificateDetails certificate : chain.certificates()) {
			boolean caPosition = certificate.selfIssued() || CertificateChains.issuesOthers(certificate, chains);
			if (caPosition && !certificate.ca() && !alreadyFound(findings, FindingRule.LEAF_AS_CA, certificate)) {
				findings.add(finding(FindingRule.LEAF_AS_CA, certificate, texts, certificate.storeName()));
			}
		}
		CertificateDetails bottom = chain.bottom();
		if (!bottom.ca() && !clientAuthentication(bottom)) {
			String usages = bottom.extendedKeyUsagePresent() ? String.join(", ", bottom.extendedKeyUsages())
					: texts.text("certificate.eku.absent");
			findings.add(finding(FindingRule.CLIENT_AUTH_MISSING, bottom, texts, usages));
		}
	}

	private static boolean alreadyFound(List<CertificateFinding> findings, FindingRule rule,
			CertificateDetails certificate) {
		return findings.stream()
			.anyMatch((finding) -> finding.rule() == rule && certificate.name().equals(finding.certificate()));
	}

	private static boolean clientAuthentication(CertificateDetails certificate) {
		List<String> usages = certificate.extendedKeyUsages();
		return usages.contains("clientAuth") || usages.contains("anyExtendedKeyUsage");
	}

	private static Integer minimumBits(String keyAlgorithm) {
		if (keyAlgorithm == null) {
			return null;
		}
		return switch (keyAlgorithm) {
			case "RSA", "DSA", "DH" -> MIN_FINITE_FIELD_BITS;
			case "EC" -> MIN_EC_BITS;
			default -> null;
		};
	}

	static boolean weakSignature(String signatureAlgorithm) {
		if (signatureAlgorithm == null) {
			return false;
		}
		String name = signatureAlgorithm.toUpperCase(Locale.ROOT).replace("-", "");
		return name.contains("MD5") || name.contains("MD2") || name.startsWith("SHA1")
				|| name.equals("1.2.840.113549.1.1.5") || name.equals("1.2.840.10045.4.1");
	}

	private static CertificateFinding finding(FindingRule rule, CertificateDetails certificate, FindingTexts texts,
			Object... more) {
		Object[] arguments = new Object[more.length + 2];
		arguments[0] = certificate.name();
		arguments[1] = certificate.displaySubject();
		System.arraycopy(more, 0, arguments, 2, more.length);
		return texts.finding(rule, FindingSeverity.ERROR, certificate.storeName(), certificate.name(), arguments);
	}

}
