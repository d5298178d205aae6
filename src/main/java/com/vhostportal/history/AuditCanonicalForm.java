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

	private static final String COLUMN_NAMES = """
			id created_at completed_at username tenant_id tenant_name operation virtual_host
			virtual_host_id status request_url request_body before_state http_status response_body
			error_code error_message duration_ms correlation_id user_subject user_display_name
			user_email team certificate_findings certificate_policy failure_kind reconciled_at
			reconciliation_note""";

	/** The content columns, in the order the canonical form lists them. */
	static final List<String> COLUMNS = List.of(COLUMN_NAMES.split("\\s+"));

	static final String SELECT_LIST = String.join(", ", COLUMNS);

	private static final Set<String> TIMES = Set.of("created_at", "completed_at", "reconciled_at");

	private AuditCanonicalForm() {
	}

	/**
	 * Returns the values of the content columns of a result set's current row, with the
	 * columns looked up once so that walking many rows does not repeat it.
	 * @param rows a result set with every content column
	 * @return the values of whichever row the result set is on
	 * @throws SQLException if a column is missing
	 */
	static ColumnValues valuesOf(ResultSet rows) throws SQLException {
		int[] indexes = new int[COLUMNS.size()];
		boolean[] times = new boolean[COLUMNS.size()];
		for (int i = 0; i < indexes.length; i++) {
			indexes[i] = rows.findColumn(COLUMNS.get(i));
			times[i] = TIMES.contains(COLUMNS.get(i));
		}
		return (position) -> valueAt(rows, indexes[position], times[position]);
	}

	/**
	 * Builds the canonical form of a record from its column values, as a result set would
	 * give them as strings (times as UTC instants, see {@link #time(OffsetDateTime)}).
	 * @param values the value of each content column
	 * @param seq the record's place in the chain
	 * @param keyId the id of the signing key
	 * @param previousMac the previous record's MAC, empty for the first
	 * @return the canonical form
	 * @throws SQLException if a column cannot be read
	 */
	// @formatter:off
	static String of(ColumnValues values, long seq, String keyId, String previousMac)
			throws SQLException {
	// @formatter:on
		StringBuilder form = new StringBuilder(2048).append("vhost-portal audit v1\n");
		for (int i = 0; i < COLUMNS.size(); i++) {
			append(form, COLUMNS.get(i), values.of(i));
		}
		append(form, "chain_seq", Long.toString(seq));
		append(form, "chain_key_id", keyId);
		append(form, "previous_mac", previousMac);
		return form.toString();
	}

	/**
	 * Returns how the canonical form writes a time.
	 * @param time the time, or {@code null}
	 * @return the UTC instant, or {@code null}
	 */
	static String time(OffsetDateTime time) {
		return (time != null) ? time.toInstant().toString() : null;
	}

	private static String valueAt(ResultSet rows, int index, boolean isTime) throws SQLException {
		if (isTime) {
			return time(rows.getObject(index, OffsetDateTime.class));
		}
		return rows.getString(index);
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

	/**
	 * The value of each content column of one record.
	 */
	@FunctionalInterface
	interface ColumnValues {

		/**
		 * Returns the value of a content column.
		 * @param position the column's position in {@link #COLUMNS}
		 * @return the value as text, or {@code null}
		 * @throws SQLException if it cannot be read
		 */
		String of(int position) throws SQLException;

	}

}
