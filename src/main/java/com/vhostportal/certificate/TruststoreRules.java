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

	private final FindingTexts texts;

	private final List<CertificateFinding> findings = new ArrayList<>();

	private TruststoreRules(FindingTexts texts) {
		this.texts = texts;
	}

	// @formatter:off
	static List<CertificateFinding> check(
			String store,
			List<CertificateDetails> certificates,
			Instant now,
			FindingTexts texts) {
	// @formatter:on
		TruststoreRules rules = new TruststoreRules(texts);
		rules.checkStore(store, certificates, now);
		return rules.findings;
	}

	static CertificateFinding notChecked(CertificateDetails certificate, FindingTexts texts) {
		String store = certificate.storeName();
		String alias = certificate.name();
		String reason = texts.text(certificate.unreadable());
		Object[] arguments = { alias, store, reason };
		FindingRule rule = FindingRule.NOT_CHECKED;
		return texts.finding(rule, FindingSeverity.WARNING, store, alias, arguments);
	}

	private void checkStore(String store, List<CertificateDetails> certificates, Instant now) {
		if (certificates.isEmpty()) {
			this.findings.add(this.texts.storeError(FindingRule.STORE_EMPTY, store));
			return;
		}
		for (CertificateDetails certificate : certificates) {
			if (!certificate.readable()) {
				this.findings.add(notChecked(certificate, this.texts));
			}
			checkLevel2(certificate);
			ValidityRule.check(certificate, now, this.texts, this.findings);
		}

		List<CertificateChain> chains = CertificateChains.of(certificates);
		for (CertificateChain chain : chains) {
			checkChain(chain, chains);
		}
		boolean hasRoot = certificates.stream().anyMatch(TruststoreRules::root);
		if (!hasRoot && certificates.stream().anyMatch(CertificateDetails::readable)) {
			this.findings.add(this.texts.storeError(FindingRule.NO_ROOT, store));
		}
	}

	private void checkLevel2(CertificateDetails certificate) {
		Integer minimum = minimumBits(certificate.keyAlgorithm());
		if (minimum != null && certificate.keyBits() != null && certificate.keyBits() < minimum) {
			String bits = String.valueOf(certificate.keyBits());
			String least = String.valueOf(minimum);
			addError(FindingRule.WEAK_KEY, certificate, certificate.keyAlgorithm(), bits, least);
		}
		String signature = certificate.signatureAlgorithm();
		if (weakSignature(signature)) {
			addError(FindingRule.WEAK_SIGNATURE, certificate, signature);
		}
	}

	private void checkChain(CertificateChain chain, List<CertificateChain> chains) {
		CertificateDetails top = chain.top();
		if (!chain.complete() && chain.missingIssuer() != null) {
			addError(FindingRule.ISSUER_MISSING, top, chain.missingIssuer(), top.storeName());
		}
		for (CertificateDetails certificate : chain.certificates()) {
			boolean issuesOthers = CertificateChains.issuesOthers(certificate, chains);
			boolean caPosition = certificate.selfIssued() || issuesOthers;
			if (caPosition && !certificate.ca() && !alreadyFound(certificate)) {
				addError(FindingRule.LEAF_AS_CA, certificate, certificate.storeName());
			}
		}
		CertificateDetails bottom = chain.bottom();
		if (!bottom.ca() && !clientAuthentication(bottom)) {
			addError(FindingRule.CLIENT_AUTH_MISSING, bottom, usages(bottom));
		}
	}

	private boolean alreadyFound(CertificateDetails certificate) {
		return this.findings.stream()
			.filter((finding) -> finding.rule() == FindingRule.LEAF_AS_CA)
			.anyMatch((finding) -> certificate.name().equals(finding.certificate()));
	}

	private String usages(CertificateDetails certificate) {
		if (!certificate.extendedKeyUsagePresent()) {
			return this.texts.text("certificate.eku.absent");
		}
		return String.join(", ", certificate.extendedKeyUsages());
	}

	private void addError(FindingRule rule, CertificateDetails certificate, Object... more) {
		this.findings.add(this.texts.error(rule, certificate, more));
	}

	private static boolean root(CertificateDetails certificate) {
		return certificate.selfIssued() && certificate.ca();
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

}
