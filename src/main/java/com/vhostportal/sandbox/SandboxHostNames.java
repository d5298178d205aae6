package com.vhostportal.sandbox;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The naming rules of virtual hosts: aliases on the tenant's default domain and full host
 * names on custom domains.
 */
final class SandboxHostNames {

	/** The domain under which default-domain hosts of the sandbox tenant live. */
	static final String DEFAULT_DOMAIN = "sandbox.apimanagement.example.test";

	static final int MAX_LABEL_LENGTH = 63;

	private static final int MAX_HOST_LENGTH = 253;

	private static final String DNS_LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";

	private static final Pattern LABEL = Pattern.compile(DNS_LABEL);

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private SandboxHostNames() {
	}

	/**
	 * Returns the full host name of an alias on the default domain.
	 * @param alias the alias
	 * @return the host name
	 */
	static String onDefaultDomain(String alias) {
		return alias.toLowerCase(Locale.ROOT) + "." + DEFAULT_DOMAIN;
	}

	/**
	 * Returns the host name a custom domain's DNS CNAME record must point at.
	 * @param accountId the account id
	 * @return the load balancer host name
	 */
	static String loadBalancer(String accountId) {
		return accountId + ".lb." + DEFAULT_DOMAIN;
	}

	/**
	 * Checks an alias for the default domain.
	 * @param alias the alias
	 * @throws SandboxODataException if it breaks a rule
	 */
	static void checkAlias(String alias) {
		if (alias.length() > MAX_LABEL_LENGTH) {
			String code = "VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS";
			String message = "The alias '" + alias + "' is longer than 63 characters";
			throw SandboxODataException.badRequest(code, message);
		}
		if (!LABEL.matcher(alias).matches()) {
			String message = "The alias '" + alias + "' may contain only letters, digits "
					+ "and hyphens and may not start or end with a hyphen";
			throw SandboxODataException.badRequest("VHR_VIRTUALHOST_ALIAS_INVALID", message);
		}
	}

	/**
	 * Checks the host name of a custom domain.
	 * @param host the host name
	 * @throws SandboxODataException if it is not a full DNS host name
	 */
	static void checkCustomDomain(String host) {
		if (!isFullHostName(host)) {
			String message = "'" + host + "' is not a full DNS host name such as apis.example.com "
					+ "(labels of letters, digits and hyphens, separated by dots)";
			throw SandboxODataException.badRequest("VHR_INVALID_CUSTOM_DOMAIN", message);
		}
	}

	private static boolean isFullHostName(String host) {
		if (host.length() > MAX_HOST_LENGTH) {
			return false;
		}
		String[] labels = host.split("\\.", -1);
		if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
			return false;
		}
		for (String label : labels) {
			if (label.length() > MAX_LABEL_LENGTH || !LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

}
