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
record KeysForm(String writeKey, MultipartFile writeKeyFile, String readKey, MultipartFile readKeyFile) {

	static KeysForm empty() {
		return new KeysForm(null, null, null, null);
	}

}
