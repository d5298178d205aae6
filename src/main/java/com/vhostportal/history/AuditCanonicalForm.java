package com.vhostportal.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The canonical form of a history record that its MAC covers: every column of its content
 * in a fixed order, each value length-prefixed so that no two records share a form, times
 * as UTC instants so that the database's offset does not matter, then its place in the
 * chain, the key id and the previous record's MAC.
 */
final class AuditCanonicalForm {

	/** The content columns, in the order the canonical form lists them. */
	static final List<String> COLUMNS = List.of("id", "created_at", "completed_at", "username", "tenant_id",
			"tenant_name", "operation", "virtual_host", "virtual_host_id", "status", "request_url", "request_body",
			"before_state", "http_status", "response_body", "error_code", "error_message", "duration_ms",
			"correlation_id", "user_subject", "user_display_name", "user_email", "team", "certificate_findings",
			"certificate_policy", "failure_kind", "reconciled_at", "reconciliation_note");

	static final String SELECT_LIST = String.join(", ", COLUMNS);

	private static final Set<String> TIMES = Set.of("created_at", "completed_at", "reconciled_at");

	private AuditCanonicalForm() {
	}

	/**
	 * Builds the canonical form of the current row.
	 * @param row a result set positioned on a row with every content column
	 * @param seq the record's place in the chain
	 * @param keyId the id of the signing key
	 * @param previousMac the previous record's MAC, empty for the first
	 * @return the canonical form
	 * @throws SQLException if a column cannot be read
	 */
	static String of(ResultSet row, long seq, String keyId, String previousMac) throws SQLException {
		StringBuilder form = new StringBuilder("vhost-portal audit v1\n");
		for (String column : COLUMNS) {
			append(form, column, value(row, column));
		}
		append(form, "chain_seq", Long.toString(seq));
		append(form, "chain_key_id", keyId);
		append(form, "previous_mac", previousMac);
		return form.toString();
	}

	private static String value(ResultSet row, String column) throws SQLException {
		if (TIMES.contains(column)) {
			OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
			return (time != null) ? time.toInstant().toString() : null;
		}
		return row.getString(column);
	}

	private static void append(StringBuilder form, String name, String value) {
		form.append(name).append('=');
		if (value == null) {
			form.append("null");
		}
		else {
			form.append(value.length()).append(':').append(value);
		}
		form.append('\n');
	}

}
