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
	// @formatter:off
	static List<CertificateFinding> check(
			String store,
			List<CertificateDetails> certificates,
			String keyAlias,
			String host,
			Instant now,
			FindingTexts texts) {
	// @formatter:on
		List<CertificateFinding> findings = new ArrayList<>();
		List<CertificateDetails> used = certificates;
		if (keyAlias != null) {
			Optional<CertificateDetails> chosen = certificates.stream()
				.filter((certificate) -> keyAlias.equals(certificate.name()))
				.findFirst();
			if (chosen.isEmpty()) {
				Object[] args = { keyAlias, store, aliases(certificates) };
				FindingRule rule = FindingRule.KEY_ALIAS_MISSING;
				findings.add(texts.finding(rule, FindingSeverity.ERROR, store, keyAlias, args));
				return findings;
			}
			used = List.of(chosen.get());
		}

		for (CertificateDetails certificate : used) {
			ValidityRule.check(certificate, now, texts, findings);
			if (!certificate.readable()) {
				findings.add(TruststoreRules.notChecked(certificate, texts));
			}
			else if (host != null && !HostNameMatch.coveredBy(host, certificate.dnsNames())) {
				String names = dnsNames(certificate, texts);
				FindingRule rule = FindingRule.DOMAIN_NOT_COVERED;
				findings.add(texts.error(rule, certificate, host, names));
			}
		}
		return findings;
	}

	private static String aliases(List<CertificateDetails> certificates) {
		List<String> names = certificates.stream().map(CertificateDetails::name).toList();
		String aliases = String.join(", ", names);
		return aliases.isEmpty() ? "\u2014" : aliases;
	}

	private static String dnsNames(CertificateDetails certificate, FindingTexts texts) {
		List<String> names = certificate.dnsNames();
		return names.isEmpty() ? texts.text("certificate.names.none") : String.join(", ", names);
	}

}
