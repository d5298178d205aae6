package com.vhostportal.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.vhostportal.apim.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

/**
 * What an auditor searches the history for; every filter is optional and they combine.
 * Bound from the query string, so that a search can be shared as a link.
 *
 * @param tenant the tenant id, exactly
 * @param team the team, exactly
 * @param user the username, exactly
 * @param operation the operation
 * @param outcome the status
 * @param host part of the virtual host's name, in any case
 * @param from the first day of the range, in {@code zone}
 * @param to the last day of the range, in {@code zone}
 * @param zone the time zone whose days {@code from} and {@code to} name; UTC when absent
 */
// @formatter:off
public record HistorySearch(
		String tenant,
		String team,
		String user,
		Operation operation,
		HistoryStatus outcome,
		String host,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		ZoneId zone) {
// @formatter:on

	/** A search without filters. */
	public static final HistorySearch ALL = withoutFilters();

	/**
	 * Returns the zone whose days the date range names.
	 * @return the zone, UTC when none was given
	 */
	public ZoneId effectiveZone() {
		return (this.zone != null) ? this.zone : ZoneOffset.UTC;
	}

	/**
	 * Returns this search with a zone for its dates, unless it names one already.
	 * @param fallback the zone to use when none was given
	 * @return the search with a zone
	 */
	public HistorySearch withZoneOr(ZoneId fallback) {
		if (this.zone != null) {
			return this;
		}
		// @formatter:off
		return new HistorySearch(this.tenant, this.team, this.user, this.operation, this.outcome,
				this.host, this.from, this.to, fallback);
		// @formatter:on
	}

	/**
	 * Returns the filters that are set, as query parameters.
	 * @return the parameters
	 */
	public MultiValueMap<String, String> parameters() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		put(parameters, "tenant", this.tenant);
		put(parameters, "team", this.team);
		put(parameters, "user", this.user);
		put(parameters, "operation", this.operation);
		put(parameters, "outcome", this.outcome);
		put(parameters, "host", this.host);
		put(parameters, "from", this.from);
		put(parameters, "to", this.to);
		put(parameters, "zone", this.zone);
		return parameters;
	}

	private static HistorySearch withoutFilters() {
		return new HistorySearch(null, null, null, null, null, null, null, null, null);
	}

	private static void put(MultiValueMap<String, String> parameters, String name, Object value) {
		if (value != null && StringUtils.hasText(value.toString())) {
			parameters.add(name, value.toString().trim());
		}
	}

}
