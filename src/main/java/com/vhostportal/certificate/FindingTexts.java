package com.vhostportal.certificate;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Writes findings in words from {@code messages.properties}.
 */
final class FindingTexts {

	private final MessageSource messages;

	private final Locale locale;

	FindingTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	// @formatter:off
	CertificateFinding finding(
			FindingRule rule,
			FindingSeverity severity,
			String store,
			String certificate,
			Object... arguments) {
	// @formatter:on
		String prefix = "certificate.rule." + rule.name();
		String problem = this.messages.getMessage(prefix + ".problem", arguments, this.locale);
		String fix = this.messages.getMessage(prefix + ".fix", arguments, this.locale);
		return new CertificateFinding(rule, severity, store, certificate, problem, fix);
	}

	// A store finding names the store as its only argument.
	CertificateFinding storeError(FindingRule rule, String store) {
		return finding(rule, FindingSeverity.ERROR, store, null, store);
	}

	// A certificate finding starts its arguments with the alias and the subject.
	CertificateFinding error(FindingRule rule, CertificateDetails certificate, Object... more) {
		Object[] arguments = new Object[more.length + 2];
		arguments[0] = certificate.name();
		arguments[1] = certificate.displaySubject();
		System.arraycopy(more, 0, arguments, 2, more.length);
		String store = certificate.storeName();
		return finding(rule, FindingSeverity.ERROR, store, certificate.name(), arguments);
	}

	String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
