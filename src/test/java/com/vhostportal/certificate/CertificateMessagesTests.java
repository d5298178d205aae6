package com.vhostportal.certificate;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule says what is wrong and how to fix it, and every expiry state has words: the
 * keys are built from enum names, which the general messages test cannot see.
 */
class CertificateMessagesTests {

	private final ResourceBundleMessageSource messages = Texts.messages();

	@Test
	void rulesWhenDescribedThenProblemAndFixDefined() {
		for (FindingRule rule : FindingRule.values()) {
			assertThat(message("certificate.rule." + rule + ".problem")).isNotBlank();
			assertThat(message("certificate.rule." + rule + ".fix")).isNotBlank();
		}
	}

	@Test
	void expiryStatesWhenShownThenWordsDefined() {
		for (ExpiryState state : ExpiryState.values()) {
			assertThat(message("certificate.expiry." + state)).isNotBlank();
		}
		for (FindingSeverity severity : FindingSeverity.values()) {
			assertThat(message("certificate.severity." + severity)).isNotBlank();
		}
	}

	private String message(String code) {
		Object[] arguments = { "a", "b", "c", "d", "e" };
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
