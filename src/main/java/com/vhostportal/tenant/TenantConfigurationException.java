package com.vhostportal.tenant;

/**
 * A configured tenant that cannot be used. The message names the property and the fix, so
 * that start-up stops with one line an operator can act on.
 */
public class TenantConfigurationException extends IllegalStateException {

	public TenantConfigurationException(String message) {
		super(message);
	}

	public TenantConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}

}
