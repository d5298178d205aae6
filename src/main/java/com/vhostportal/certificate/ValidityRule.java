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
		Expiry expiry = new Expiry(certificate, texts);
		switch (certificate.expiryState(now)) {
			case EXPIRED -> findings.add(expiry.expired());
			case NOT_YET_VALID -> findings.add(expiry.notYetValid());
			case CRITICAL -> findings.add(expiry.expiresSoon(FindingSeverity.ERROR, now));
			case WARNING -> findings.add(expiry.expiresSoon(FindingSeverity.WARNING, now));
			default -> {
			}
		}
	}

	static String day(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	private record Expiry(CertificateDetails certificate, FindingTexts texts) {

		CertificateFinding expired() {
			String store = this.certificate.storeName();
			String alias = this.certificate.name();
			String subject = this.certificate.displaySubject();
			String until = day(this.certificate.notAfter());
			Object[] arguments = { alias, subject, until, store };
			FindingRule rule = FindingRule.EXPIRED;
			return this.texts.finding(rule, FindingSeverity.ERROR, store, alias, arguments);
		}

		CertificateFinding notYetValid() {
			String store = this.certificate.storeName();
			String alias = this.certificate.name();
			String subject = this.certificate.displaySubject();
			String from = day(this.certificate.notBefore());
			Object[] arguments = { alias, subject, from };
			FindingRule rule = FindingRule.NOT_YET_VALID;
			return this.texts.finding(rule, FindingSeverity.ERROR, store, alias, arguments);
		}

		CertificateFinding expiresSoon(FindingSeverity severity, Instant now) {
			String store = this.certificate.storeName();
			String alias = this.certificate.name();
			String subject = this.certificate.displaySubject();
			String until = day(this.certificate.notAfter());
			String daysLeft = String.valueOf(this.certificate.daysLeft(now));
			Object[] arguments = { alias, subject, until, daysLeft, store };
			return this.texts.finding(FindingRule.EXPIRES_SOON, severity, store, alias, arguments);
		}

	}

}
