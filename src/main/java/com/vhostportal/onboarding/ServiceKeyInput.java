package com.vhostportal.onboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vhostportal.tenant.InvalidServiceKeyException;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.ServiceKeyParser;
import com.vhostportal.tenant.TenantDirectory;

import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * A service key as the user gave it, pasted or uploaded, and its parsing into a
 * {@link ServiceKey} with errors next to the field.
 */
final class ServiceKeyInput {

	private ServiceKeyInput() {
	}

	/**
	 * Returns the key text: the uploaded file when one was chosen, else the pasted text.
	 * @param text the pasted text
	 * @param file the uploaded file, or {@code null}
	 * @return the text, or {@code null}
	 */
	static String text(String text, MultipartFile file) {
		if (file != null && !file.isEmpty() && file.getSize() <= TenantForm.MAX_KEY) {
			try {
				return new String(file.getBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return text;
			}
		}
		return text;
	}

	/**
	 * Parses a key.
	 * @param text the key text
	 * @param field the form field, for errors
	 * @param required whether the key must be given
	 * @param result where errors go
	 * @return the key, or {@code null} when absent or invalid
	 */
	static ServiceKey parse(String text, String field, boolean required, BindingResult result) {
		if (!StringUtils.hasText(text)) {
			if (required) {
				result.rejectValue(field, "tenants.key.required");
			}
			return null;
		}
		if (text.length() > TenantForm.MAX_KEY) {
			result.rejectValue(field, "tenants.key.tooLarge");
			return null;
		}
		try {
			ServiceKey key = ServiceKeyParser.parse(text);
			if (!hasHttpUrls(key)) {
				result.rejectValue(field, "tenants.key.url");
				return null;
			}
			return key;
		}
		catch (InvalidServiceKeyException ex) {
			Object[] problem = { ex.getMessage() };
			result.rejectValue(field, "tenants.key.invalid", problem, null);
			return null;
		}
	}

	private static boolean hasHttpUrls(ServiceKey key) {
		return TenantDirectory.isHttpUrl(key.url()) && TenantDirectory.isHttpUrl(key.tokenUrl());
	}

}
