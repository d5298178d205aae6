package com.vhostportal.onboarding;

import com.vhostportal.tenant.FieldLayout;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The tenant registration form. A key can be pasted or uploaded; an uploaded file wins
 * over pasted text.
 *
 * @param id the url-safe id
 * @param name the display name
 * @param team the team the tenant belongs to
 * @param accountId the subaccount subdomain, when it cannot be read off the token URL
 * @param fieldLayout the request body layout
 * @param writeKey the pasted write key JSON
 * @param writeKeyFile the uploaded write key JSON
 * @param readKey the pasted read key JSON, optional
 * @param readKeyFile the uploaded read key JSON, optional
 */
// @formatter:off
record TenantForm(
		@Size(max = 63) String id,
		@Size(max = 200) String name,
		@Size(max = 200) String team,
		@Size(max = 200) String accountId,
		@NotNull FieldLayout fieldLayout,
		String writeKey,
		MultipartFile writeKeyFile,
		String readKey,
		MultipartFile readKeyFile) {
// @formatter:on

	/** The longest service key JSON accepted; real keys are under 4 kB. */
	static final int MAX_KEY = 20_000;

	static TenantForm empty() {
		return new TenantForm(null, null, null, null, FieldLayout.CURRENT, null, null, null, null);
	}

}
