package com.vhostportal.onboarding;

import org.springframework.web.multipart.MultipartFile;

/**
 * The form that replaces the keys of a registered tenant.
 *
 * @param writeKey the pasted write key JSON
 * @param writeKeyFile the uploaded write key JSON
 * @param readKey the pasted read key JSON, optional
 * @param readKeyFile the uploaded read key JSON, optional
 */
// @formatter:off
record KeysForm(
		String writeKey,
		MultipartFile writeKeyFile,
		String readKey,
		MultipartFile readKeyFile) {
// @formatter:on

	static KeysForm empty() {
		return new KeysForm(null, null, null, null);
	}

}
