package com.vhostportal.certificate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finds certificates that are expired, not yet valid, or close to their end of validity:
 * a warning within {@value ExpiryState#WARNING_DAYS} days, a failing check within
 * {@value ExpiryState#CRITICAL_DAYS}.
 */
final class ValidityRule {

	private ValidityRule() {
	}

	static void check(CertificateDetails certificate, Instant now, FindingTexts texts,
			List<CertificateFinding> findings) {
		String store = certificate.storeName();
		String alias = certificate.name();
		String subject = certificate.displaySubject();
		switch (certificate.expiryState(now)) {
			case EXPIRED -> findings.add(texts.finding(FindingRule.EXPIRED, FindingSeverity.ERROR, store, alias, alias,
					subject, day(certificate.notAfter()), store));
			case NOT_YET_VALID -> findings.add(texts.finding(FindingRule.NOT_YET_VALID, FindingSeverity.ERROR, store,
					alias, alias, subject, day(certificate.notBefore())));
			case CRITICAL -> findings.add(expiresSoon(certificate, FindingSeverity.ERROR, now, texts));
			case WARNING -> findings.add(expiresSoon(certificate, FindingSeverity.WARNING, now, texts));
			default -> {
			}
		}
	}

	private static CertificateFinding expiresSoon(CertificateDetails certificate, FindingSeverity severity, Instant now,
			FindingTexts texts) {
		String store = certificate.storeName();
		return texts.finding(FindingRule.EXPIRES_SOON, severity, store, certificate.name(), certificate.name(),
				certificate.displaySubject(), day(certificate.notAfter()), String.valueOf(certificate.daysLeft(now)),
				store);
	}

	static String day(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

}
