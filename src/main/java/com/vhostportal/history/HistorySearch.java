package com.vhostportal.history;

import java.time.LocalDate;

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
 * @param from the first day (UTC) of the range
 * @param to the last day (UTC) of the range
 */
public record HistorySearch(String tenant, String team, String user, Operation operation, HistoryStatus outcome,
		String host, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** A search without filters. */
	public static final HistorySearch ALL = new HistorySearch(null, null, null, null, null, null, null, null);

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
		return parameters;
	}

	private static void put(MultiValueMap<String, String> parameters, String name, Object value) {
		if (value != null && StringUtils.hasText(value.toString())) {
			parameters.add(name, value.toString().trim());
		}
	}

}
