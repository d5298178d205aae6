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

	CertificateFinding finding(FindingRule rule, FindingSeverity severity, String store, String certificate,
			Object... arguments) {
		String prefix = "certificate.rule." + rule.name();
		String problem = this.messages.getMessage(prefix + ".problem", arguments, this.locale);
		String fix = this.messages.getMessage(prefix + ".fix", arguments, this.locale);
		return new CertificateFinding(rule, severity, store, certificate, problem, fix);
	}

	String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
