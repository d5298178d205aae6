package com.vhostportal.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a keystore that serves a custom domain: the key alias exists, its
 * certificate is valid for a while yet, and its names cover the host.
 */
final class KeystoreRules {

	private KeystoreRules() {
	}

	/**
	 * Checks a keystore.
	 * @param store the store name
	 * @param certificates its certificates
	 * @param keyAlias the chosen key alias, or {@code null} where the tenant's field
	 * layout has none (then every certificate of the store is checked)
	 * @param host the custom domain host name
	 * @param now the instant to judge validity at
	 * @param texts the words of the findings
	 * @return the findings
	 */
	static List<CertificateFinding> check(String store, List<CertificateDetails> certificates, String keyAlias,
			String host, Instant now, FindingTexts texts) {
		List<CertificateFinding> findings = new ArrayList<>();
		List<CertificateDetails> used = certificates;
		if (keyAlias != null) {
			Optional<CertificateDetails> chosen = certificates.stream()
				.filter((certificate) -> keyAlias.equals(certificate.name()))
				.findFirst();
			if (chosen.isEmpty()) {
				String aliases = String.join(", ", certificates.stream().map(CertificateDetails::name).toList());
				findings.add(texts.finding(FindingRule.KEY_ALIAS_MISSING, FindingSeverity.ERROR, store, keyAlias,
						keyAlias, store, aliases.isEmpty() ? "\u2014" : aliases));
				return findings;
			}
			used = List.of(chosen.get());
		}
		for (CertificateDetails certificate : used) {
			check(certificate, host, now, texts, findings);
		}
		return findings;
	}

	private static void check(CertificateDetails certificate, String host, Instant now, FindingTexts texts,
			List<CertificateFinding> findings) {
		ValidityRule.check(certificate, now, texts, findings);
		if (!certificate.readable()) {
			findings.add(TruststoreRules.notChecked(certificate, texts));
			return;
		}
		if (host != null && !HostNameMatch.coveredBy(host, certificate.dnsNames())) {
			String names = certificate.dnsNames().isEmpty() ? texts.text("certificate.names.none")
					: String.join(", ", certificate.dnsNames());
			findings.add(texts.finding(FindingRule.DOMAIN_NOT_COVERED, FindingSeverity.ERROR, certificate.storeName(),
					certificate.name(), certificate.name(), certificate.displaySubject(), host, names));
		}
	}

}
