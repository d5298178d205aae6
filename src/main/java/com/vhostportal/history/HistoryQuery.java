package com.vhostportal.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.StringUtils;

/**
 * The WHERE clause of a history search, intersected with the teams the viewer may read.
 * Every filter is a bound parameter; nothing the user typed becomes SQL.
 */
final class HistoryQuery {

	private final StringBuilder where = new StringBuilder("WHERE 1 = 1");

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	private final boolean empty;

	/**
	 * Builds the clause.
	 * @param search the filters
	 * @param teams only records of these teams, or {@code null} for every record
	 */
	HistoryQuery(HistorySearch search, Collection<String> teams) {
		this.empty = teams != null && teams.isEmpty();
		if (teams != null) {
			add("team IN (:teams)", "teams", List.copyOf(teams));
		}
		text("tenant_id = :tenant", "tenant", search.tenant());
		text("team = :team", "team", search.team());
		text("username = :user", "user", search.user());
		if (search.operation() != null) {
			add("operation = :operation", "operation", search.operation().name());
		}
		if (search.outcome() != null) {
			add("status = :outcome", "outcome", search.outcome().name());
		}
		if (StringUtils.hasText(search.host())) {
			add("LOWER(virtual_host) LIKE :host ESCAPE '!'", "host",
					"%" + escapeLike(search.host().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		ZoneId zone = search.effectiveZone();
		if (search.from() != null) {
			add("created_at >= :from", "from", startOf(search.from(), zone));
		}
		if (search.to() != null) {
			add("created_at < :to", "to", startOf(search.to().plusDays(1), zone));
		}
	}

	/**
	 * Returns whether the viewer may read no team at all, so nothing can match.
	 * @return {@code true} if so
	 */
	boolean matchesNothing() {
		return this.empty;
	}

	String where() {
		return this.where.toString();
	}

	MapSqlParameterSource parameters() {
		return this.parameters;
	}

	HistoryQuery before(Long id) {
		add("id < :beforeId", "beforeId", (id != null) ? id : Long.MAX_VALUE);
		return this;
	}

	private void text(String condition, String name, String value) {
		if (StringUtils.hasText(value)) {
			add(condition, name, value.trim());
		}
	}

	private void add(String condition, String name, Object value) {
		this.where.append(" AND ").append(condition);
		this.parameters.addValue(name, value);
	}

	// Stored times are UTC; a day in the viewer's zone starts at another UTC hour.
	private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String escapeLike(String value) {
		return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
