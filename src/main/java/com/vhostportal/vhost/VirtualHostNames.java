package com.vhostportal.vhost;

import java.util.regex.Pattern;

/**
 * The naming rules API Management applies to virtual hosts.
 */
final class VirtualHostNames {

	// SAP refuses longer aliases with VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS;
	// the character rules are those of a DNS label, since the alias becomes one.
	private static final String DNS_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

	private static final Pattern ALIAS = Pattern.compile(DNS_LABEL);

	private static final int MAX_HOST_LENGTH = 253;

	private static final String REFERENCE_PREFIX = "ref://";

	private VirtualHostNames() {
	}

	static boolean isAlias(String value) {
		return value != null && ALIAS.matcher(value).matches();
	}

	/**
	 * Returns whether a value is a full DNS host name of at least two labels, with a
	 * top-level label that is not all digits.
	 */
	static boolean isHostName(String value) {
		if (value == null || value.length() > MAX_HOST_LENGTH || value.endsWith(".")) {
			return false;
		}
		String[] labels = value.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (!isAlias(label)) {
				return false;
			}
		}
		return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
	}

	/**
	 * Returns whether a value names a certificate store or a reference to one.
	 */
	static boolean isStoreValue(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		if (value.startsWith(REFERENCE_PREFIX)) {
			String name = value.substring(REFERENCE_PREFIX.length());
			return !name.isBlank();
		}
		return !value.contains("://");
	}

	/**
	 * Returns the reference name of a {@code ref://} value, or {@code null} for a store
	 * name.
	 */
	static String referenceName(String value) {
		if (value == null || !value.startsWith(REFERENCE_PREFIX)) {
			return null;
		}
		return value.substring(REFERENCE_PREFIX.length());
	}

}
