package com.vhostportal.tenant;

/**
 * What a tenant's service key is used for.
 */
public enum KeyRole {

	/**
	 * The key with {@code APIManagement.SelfService.Administrator}: writes virtual hosts.
	 */
	WRITE,

	/**
	 * The optional Administrator or Guest key: reads certificate stores, proxies,
	 * products.
	 */
	READ

}
