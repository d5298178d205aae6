package com.vhostportal.history;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes the records of a search as CSV or as JSON Lines while they are read, so that
 * memory stays flat however many there are. Every column of the record is written: the
 * history holds no token, password or key, only what was sent and what was answered.
 */
@Component
public class HistoryExport {

	// Every column of the record, in the table's order.
	// @formatter:off
	private static final List<Column> COLUMNS = List.of(
			new Column("id", HistoryRecord::id),
			new Column("created_at", HistoryRecord::createdAt),
			new Column("completed_at", HistoryRecord::completedAt),
			new Column("username", HistoryRecord::username),
			new Column("user_subject", (r) -> r.person().subject()),
			new Column("user_display_name", (r) -> r.person().displayName()),
			new Column("user_email", (r) -> r.person().email()),
			new Column("tenant_id", HistoryRecord::tenantId),
			new Column("tenant_name", HistoryRecord::tenantName),
			new Column("team", HistoryRecord::team),
			new Column("operation", HistoryRecord::operation),
			new Column("virtual_host", HistoryRecord::virtualHost),
			new Column("virtual_host_id", HistoryRecord::virtualHostId),
			new Column("status", HistoryRecord::status),
			new Column("http_status", HistoryRecord::httpStatus),
			new Column("error_code", HistoryRecord::errorCode),
			new Column("error_message", HistoryRecord::errorMessage),
			new Column("failure_kind", HistoryRecord::failureKind),
			new Column("duration_ms", HistoryRecord::durationMillis),
			new Column("correlation_id", HistoryRecord::correlationId),
			new Column("request_url", HistoryRecord::requestUrl),
			new Column("request_body", HistoryRecord::requestBody),
			new Column("before_state", HistoryRecord::beforeState),
			new Column("response_body", HistoryRecord::responseBody),
			new Column("certificate_policy", HistoryRecord::certificatePolicy),
			new Column("certificate_findings", HistoryRecord::certificateFindings),
			new Column("reconciled_at", HistoryRecord::reconciledAt),
			new Column("reconciliation_note", HistoryRecord::reconciliationNote),
			new Column("chain_seq", HistoryRecord::chainSeq),
			new Column("chain_mac", HistoryRecord::chainMac),
			new Column("chain_key_id", HistoryRecord::chainKeyId));
	// @formatter:on

	private static final int BUFFER_SIZE = 256 * 1024;

	private final HistoryRepository history;

	private final JsonMapper json;

	HistoryExport(HistoryRepository history, JsonMapper json) {
		this.history = history;
		this.json = json;
	}

	/**
	 * Writes the records as CSV (RFC 4180, UTF-8) with a header row.
	 * @param search the filters
	 * @param teams only records of these teams, or {@code null} for every record
	 * @param out where to write; not closed
	 * @throws IOException if writing fails
	 */
	// @formatter:off
	public void writeCsv(HistorySearch search, Collection<String> teams, OutputStream out)
			throws IOException {
	// @formatter:on
		Writer writer = writer(out);
		writer.write(String.join(",", COLUMNS.stream().map(Column::name).toList()));
		writer.write("\r\n");
		// Values go straight to the buffered writer: a million rows must not each build
		// a line of their own first.
		write(search, teams, (record) -> {
			for (int i = 0; i < COLUMNS.size(); i++) {
				if (i > 0) {
					writer.write(',');
				}
				writeCsvValue(writer, COLUMNS.get(i).text(record));
			}
			writer.write("\r\n");
		});
		writer.flush();
	}

	/**
	 * Writes the records as JSON Lines: one object per line, with every column as a key.
	 * @param search the filters
	 * @param teams only records of these teams, or {@code null} for every record
	 * @param out where to write; not closed
	 * @throws IOException if writing fails
	 */
	// @formatter:off
	public void writeJsonLines(HistorySearch search, Collection<String> teams, OutputStream out)
			throws IOException {
	// @formatter:on
		Writer writer = writer(out);
		write(search, teams, (record) -> {
			Map<String, Object> object = new LinkedHashMap<>();
			for (Column column : COLUMNS) {
				Object value = column.value().apply(record);
				object.put(column.name(), (value instanceof Number) ? value : column.text(record));
			}
			writer.write(this.json.writeValueAsString(object));
			writer.write('\n');
		});
		writer.flush();
	}

	// @formatter:off
	private void write(HistorySearch search, Collection<String> teams, RecordWriter line)
			throws IOException {
	// @formatter:on
		try {
			this.history.stream(search, teams, (record) -> {
				try {
					line.write(record);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	// The encoder hands on 8 kB at a time: a larger byte buffer behind it means fewer,
	// larger writes to the socket for an export of a gigabyte.
	private static Writer writer(OutputStream out) {
		OutputStream bytes = new BufferedOutputStream(out, BUFFER_SIZE);
		Writer encoder = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
		return new BufferedWriter(encoder, BUFFER_SIZE);
	}

	static String csv(String value) {
		StringWriter out = new StringWriter();
		try {
			writeCsvValue(out, value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	// RFC 4180: a value holding a comma, quote or line break is quoted, quotes doubled.
	private static void writeCsvValue(Writer out, String value) throws IOException {
		if (value == null) {
			return;
		}
		if (!needsQuotes(value)) {
			out.write(value);
			return;
		}
		out.write('"');
		int start = 0;
		for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', start)) {
			out.write(value, start, quote + 1 - start);
			out.write('"');
			start = quote + 1;
		}
		out.write(value, start, value.length() - start);
		out.write('"');
	}

	private static boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	@FunctionalInterface
	private interface RecordWriter {

		void write(HistoryRecord record) throws IOException;

	}

	private record Column(String name, Function<HistoryRecord, Object> value) {

		String text(HistoryRecord record) {
			Object result = this.value.apply(record);
			return (result != null) ? result.toString() : null;
		}

	}

}
