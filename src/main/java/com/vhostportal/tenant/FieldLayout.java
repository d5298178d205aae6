package com.vhostportal.tenant;

/**
 * Which revision of SAP's virtual host request body a tenant expects.
 */
public enum FieldLayout {

	/**
	 * The current layout: {@code keyStoreName}, {@code keyStoreAlias} and
	 * {@code isForCustomDomain}.
	 */
	CURRENT,

	/**
	 * The 2025 revision of SAP's help page: one {@code keyStore} field and no custom
	 * domain flag.
	 */
	LEGACY_2025

}
