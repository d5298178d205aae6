package com.vhostportal.certificate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether a certificate's DNS names cover a host name, as RFC 6125 says: names compare
 * without regard to case, and a wildcard is a whole left-most label that stands for
 * exactly one label ({@code *.example.com} covers {@code apis.example.com}, neither
 * {@code example.com} nor {@code a.apis.example.com}). Only subject alternative names
 * count, as in every current browser.
 */
final class HostNameMatch {

	private HostNameMatch() {
	}

	static boolean coveredBy(String host, List<String> dnsNames) {
		String wanted = normalise(host);
		Stream<String> names = dnsNames.stream().map(HostNameMatch::normalise);
		return names.anyMatch((name) -> matches(wanted, name));
	}

	private static boolean matches(String host, String name) {
		if (!name.startsWith("*.")) {
			return host.equals(name);
		}
		String parent = name.substring(2);
		// A wildcard directly under a top-level label (*.com) covers nothing.
		if (!parent.contains(".") || parent.contains("*")) {
			return false;
		}
		int firstDot = host.indexOf('.');
		return firstDot > 0 && host.substring(firstDot + 1).equals(parent);
	}

	private static String normalise(String name) {
		String lower = name.trim().toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

}
