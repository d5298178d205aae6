package com.vhostportal.certificate;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words of findings and labels, from the portal's own {@code messages.properties}.
 */
final class Texts {

	private Texts() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static FindingTexts findings() {
		return new FindingTexts(messages(), Locale.ENGLISH);
	}

}
