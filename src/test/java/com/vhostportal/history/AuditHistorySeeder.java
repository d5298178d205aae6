package com.vhostportal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Fills an empty history with many completed records, signed into the audit chain exactly
 * as the portal signs them, in batches, so that searches, exports and verification can be
 * measured at scale. Records spread evenly over a period, ids increase with time, and the
 * mix of users, tenants, operations and outcomes comes from a fixed random seed, so every
 * run seeds the same history.
 */
public final class AuditHistorySeeder {

	/** The users who submit, in the order {@link #user(int)} numbers them. */
	public static final int USERS = 50;

	private static final int TENANTS = 20;

	private static final int TEAMS = 5;

	private static final int BATCH = 1000;

	private static final int COMMIT_EVERY = 20_000;

	private static final String INSERTED_NAMES = """
			id created_at completed_at username tenant_id tenant_name operation virtual_host
			virtual_host_id status request_url request_body before_state http_status response_body
			error_code error_message duration_ms correlation_id user_subject user_display_name
			user_email team certificate_policy chain_seq chain_mac chain_key_id""";

	private static final List<String> INSERTED = List.of(INSERTED_NAMES.split("\\s+"));

	private static final String INSERT = insertStatement();

	private static final String SET_HEAD = """
			UPDATE audit_chain_head SET last_seq = ?, last_mac = ? WHERE id = 1""";

	private static final String REQUEST_URL = """
			https://tenant-%02d.apimanagement.eu10.hana.ondemand.com\
			/apiportal/operations/1.0/Configuration.svc/VirtualHostRequests""";

	private static final String REQUEST_BODY = """
			{"operation":"%s",%s"accountId":"tenant-%s","virtualHostUrl":"%s",\
			"isDefaultDomain":true,"isMtlsEnabled":%s,"keyStore":"corp-keystore",\
			"keyAlias":"%s-2026","trustStore":"partners"}""";

	private static final String BEFORE_STATE = """
			{"id":"%s","name":"%s","host":"%s.tenant-%s.apimanagement.eu10.hana.ondemand.com",\
			"port":443,"defaultHost":false,"ssl":true,"customDomain":false,"clientAuth":false,\
			"keyStoreName":"corp-keystore","keyStoreAlias":"%s-2025","trustStore":null,\
			"changedAt":null}""";

	private static final String ANSWER = """
			{"d":{"id":"%s","status":"COMPLETED","virtualHostUrl":"%s",\
			"message":"Request processed"}}""";

	private final DataSource dataSource;

	private final AuditKeys keys;

	public AuditHistorySeeder(DataSource dataSource, AuditKeys keys) {
		this.dataSource = dataSource;
		this.keys = keys;
	}

	/**
	 * Returns the username of a user.
	 * @param number from 0 to {@link #USERS} - 1
	 * @return the username
	 */
	public static String user(int number) {
		return "user%02d".formatted(number);
	}

	/**
	 * Adds records to an empty history and sets the chain's head to the last of them.
	 * @param count how many
	 * @param first when the first was recorded
	 * @param period over how long they were recorded
	 * @throws SQLException if the database refuses
	 * @throws IllegalStateException if the history is not empty
	 */
	public void seed(int count, OffsetDateTime first, Duration period) throws SQLException {
		Random random = new Random(20261203L);
		String keyId = this.keys.currentId();
		long step = Math.max(1, period.toMillis() / count);

		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				requireEmpty(connection);
				String previousMac = "";
				for (int id = 1; id <= count; id++) {
					OffsetDateTime createdAt = first.plusNanos((id - 1) * step * 1_000_000L)
						.withOffsetSameInstant(ZoneOffset.UTC);
					Map<String, String> row = row(id, createdAt, random);
					AuditCanonicalForm.ColumnValues values = valuesOf(row);
					String canonical = AuditCanonicalForm.of(values, id, keyId, previousMac);
					String mac = this.keys.sign(canonical);
					bind(insert, row, mac, keyId);
					insert.addBatch();
					previousMac = mac;
					if (id % BATCH == 0 || id == count) {
						insert.executeBatch();
					}
					if (id % COMMIT_EVERY == 0) {
						connection.commit();
					}
				}
				finish(connection, count, previousMac);
				connection.commit();
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static String insertStatement() {
		String columns = String.join(", ", INSERTED);
		String values = String.join(", ", INSERTED.stream().map((column) -> "?").toList());
		return "INSERT INTO history_record (" + columns + ") VALUES (" + values + ")";
	}

	private static AuditCanonicalForm.ColumnValues valuesOf(Map<String, String> row) {
		return (position) -> row.get(AuditCanonicalForm.COLUMNS.get(position));
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT COUNT(*) FROM history_record")) {
			rows.next();
			if (rows.getLong(1) != 0) {
				String message = "The history already holds records; seed an empty one";
				throw new IllegalStateException(message);
			}
		}
	}

	// Later records get ids after the seeded ones, and the chain continues from the last.
	// @formatter:off
	private static void finish(Connection connection, int count, String lastMac)
			throws SQLException {
	// @formatter:on
		try (PreparedStatement head = connection.prepareStatement(SET_HEAD)) {
			head.setLong(1, count);
			head.setString(2, lastMac);
			head.executeUpdate();
		}
		String product = connection.getMetaData().getDatabaseProductName();
		boolean postgres = product.contains("PostgreSQL");
		try (var statement = connection.createStatement()) {
			if (postgres) {
				String sequence = "pg_get_serial_sequence('history_record', 'id')";
				statement.execute("SELECT setval(" + sequence + ", " + count + ")");
			}
			else {
				String restart = "ALTER TABLE history_record ALTER COLUMN id RESTART WITH ";
				statement.execute(restart + (count + 1));
			}
			// Fresh statistics, as a database that grew to this size over time would
			// have.
			statement.execute("ANALYZE" + (postgres ? " history_record" : ""));
		}
	}

	private static Map<String, String> row(int id, OffsetDateTime createdAt, Random random) {
		int user = random.nextInt(USERS);
		int tenant = random.nextInt(TENANTS);
		int kind = random.nextInt(100);
		String operation = (kind < 50) ? "CREATE" : (kind < 85) ? "UPDATE" : "DELETE";
		boolean failed = random.nextInt(100) < 8;
		long duration = 40 + random.nextInt(900);
		String host = "t%02d-api-%04d".formatted(tenant, random.nextInt(2000));
		String hostId = "vh-" + new UUID(random.nextLong(), random.nextLong());
		OffsetDateTime completedAt = createdAt.plusNanos(duration * 1_000_000L);
		String before = operation.equals("UPDATE") ? beforeState(host, hostId, tenant) : null;

		Map<String, String> row = new HashMap<>();
		row.put("id", Long.toString(id));
		row.put("created_at", AuditCanonicalForm.time(createdAt));
		row.put("completed_at", AuditCanonicalForm.time(completedAt));
		row.put("username", user(user));
		row.put("tenant_id", "tenant-%02d".formatted(tenant));
		row.put("tenant_name", "Tenant %02d production".formatted(tenant));
		row.put("operation", operation);
		row.put("virtual_host", host);
		row.put("virtual_host_id", operation.equals("CREATE") && failed ? null : hostId);
		row.put("status", failed ? "FAILED" : "SUCCEEDED");
		row.put("request_url", REQUEST_URL.formatted(tenant));
		row.put("request_body", requestBody(operation, host, hostId, tenant));
		row.put("before_state", before);
		row.put("http_status", failed ? "400" : "201");
		row.put("response_body", failed ? errorBody() : answer(hostId, host));
		row.put("error_code", failed ? "Bad Request" : null);
		row.put("error_message", failed ? "Virtual host alias is already in use" : null);
		row.put("duration_ms", Long.toString(duration));
		row.put("correlation_id", new UUID(random.nextLong(), random.nextLong()).toString());
		row.put("user_subject", "oidc:" + user(user));
		row.put("user_display_name", "User " + user);
		row.put("user_email", user(user) + "@example.com");
		row.put("team", "team-" + (tenant % TEAMS));
		row.put("certificate_policy", "WARN");
		return row;
	}

	private static String requestBody(String operation, String host, String hostId, int tenant) {
		String id = operation.equals("CREATE") ? "" : "\"virtualHostId\":\"" + hostId + "\",";
		return REQUEST_BODY.formatted(operation, id, tenant, host, tenant % 3 == 0, host);
	}

	private static String beforeState(String host, String hostId, int tenant) {
		return BEFORE_STATE.formatted(hostId, host, host, tenant, host);
	}

	private static String answer(String hostId, String host) {
		return ANSWER.formatted(hostId, host);
	}

	private static String errorBody() {
		return "{\"error\":{\"code\":\"Bad Request\",\"message\":{\"lang\":\"en\","
				+ "\"value\":\"Virtual host alias is already in use\"}}}";
	}

	// @formatter:off
	private static void bind(PreparedStatement insert, Map<String, String> row, String mac,
			String keyId) throws SQLException {
	// @formatter:on
		for (int i = 0; i < INSERTED.size(); i++) {
			String column = INSERTED.get(i);
			int index = i + 1;
			switch (column) {
				case "id", "duration_ms" -> insert.setLong(index, Long.parseLong(row.get(column)));
				case "chain_seq" -> insert.setLong(index, Long.parseLong(row.get("id")));
				case "chain_mac" -> insert.setString(index, mac);
				case "chain_key_id" -> insert.setString(index, keyId);
				case "http_status" -> insert.setInt(index, Integer.parseInt(row.get(column)));
				case "created_at", "completed_at" -> insert.setObject(index, utc(row.get(column)));
				default -> {
					String value = row.get(column);
					if (value == null) {
						insert.setNull(index, Types.VARCHAR);
					}
					else {
						insert.setString(index, value);
					}
				}
			}
		}
	}

	private static OffsetDateTime utc(String time) {
		return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
