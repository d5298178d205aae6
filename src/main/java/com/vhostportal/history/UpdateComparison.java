package com.vhostportal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vhostportal.apim.RequestedSettings;
import com.vhostportal.apim.VirtualHost;

/**
 * The fields of an updated virtual host side by side: as read just before sending, and as
 * requested. Both come from the record itself (its before state and the body sent), so
 * the comparison shows nothing that the audit chain does not cover.
 */
public final class UpdateComparison {

	private UpdateComparison() {
	}

	/**
	 * Compares the host before an update with what the update asked for.
	 * @param before the host as read before sending
	 * @param requested what the body sent asks for
	 * @return one row per field a request can change, in the form's order
	 */
	static List<Row> of(VirtualHost before, RequestedSettings requested) {
		String url = before.customDomain() ? before.host() : before.name();
		List<Row> rows = new ArrayList<>();

		rows.add(new Row("vhost.virtualHostUrl", url, requested.virtualHostUrl()));
		String domainBefore = domain(before.customDomain());
		rows.add(new Row("vhost.domainType", domainBefore, domain(requested.customDomain())));
		String defaultBefore = flag(before.defaultHost());
		rows.add(new Row("vhost.defaultHost", defaultBefore, flag(requested.defaultHost())));
		String mtlsBefore = flag(before.clientAuth());
		rows.add(new Row("vhost.clientAuth", mtlsBefore, flag(requested.clientAuth())));
		rows.add(new Row("vhost.keyStore", before.keyStoreName(), requested.keyStore()));
		// The 2025 layout sends no key alias: leaving it out does not change it.
		if (!requested.legacyLayout()) {
			rows.add(new Row("vhost.keyAlias", before.keyStoreAlias(), requested.keyAlias()));
		}
		rows.add(new Row("vhost.trustStore", before.trustStore(), requested.trustStore()));
		return rows;
	}

	private static String flag(boolean value) {
		return Boolean.toString(value);
	}

	private static String domain(boolean custom) {
		return custom ? "CUSTOM" : "DEFAULT";
	}

	/**
	 * One field before and as requested.
	 *
	 * @param labelKey the message key of the field's label
	 * @param before the value before, or {@code null}
	 * @param after the value requested, or {@code null}
	 */
	public record Row(String labelKey, String before, String after) {

		// API Management lists an unset store as null or as an empty string.
		public Row {
			before = (before != null && !before.isBlank()) ? before : null;
			after = (after != null && !after.isBlank()) ? after : null;
		}

		/**
		 * Returns whether the update asked for another value.
		 * @return {@code true} if so
		 */
		public boolean changed() {
			return !Objects.equals(this.before, this.after);
		}

	}

}
