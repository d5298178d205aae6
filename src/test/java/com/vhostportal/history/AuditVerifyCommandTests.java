package com.vhostportal.history;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify-audit} against a database of its own, without the web server.
 */
class AuditVerifyCommandTests {

	private static final String UNKNOWN_KEY_RECORD = """
			INSERT INTO history_record (id, created_at, username, tenant_id, tenant_name, \
			operation, status, request_url, request_body, correlation_id, chain_seq, chain_mac, \
			chain_key_id) VALUES (77, CURRENT_TIMESTAMP, 'ada', 'acme', 'ACME', 'CREATE', \
			'SUCCEEDED', 'u', '{}', 'c', 1, '00', 'nokey')""";

	private final String url = "jdbc:h2:mem:verify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void runWhenChainIntactThenPrintsIntactAndExitsZero() {
		assertThat(run()).isZero();
		assertThat(printed()).contains("Audit chain intact: 0 records verified.");
	}

	@Test
	void runWhenChainBrokenThenNamesTheRecordAndExitsOne() throws Exception {
		run();
		try (Connection connection = DriverManager.getConnection(this.url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(UNKNOWN_KEY_RECORD);
			statement.executeUpdate("UPDATE audit_chain_head SET last_seq = 1, last_mac = '00'");
		}

		assertThat(run()).isEqualTo(1);
		assertThat(printed()).contains("BROKEN", "record 77", "UNKNOWN_KEY");
	}

	@Test
	void requestedWhenFirstArgumentIsTheCommandThenTrue() {
		assertThat(AuditVerifyCommand.requested(new String[] { "verify-audit" })).isTrue();
		assertThat(AuditVerifyCommand.requested(new String[] { "--server.port=0" })).isFalse();
		assertThat(AuditVerifyCommand.requested(new String[0])).isFalse();
	}

	private int run() {
		String datasource = "--spring.datasource.url=" + this.url;
		String key = "--portal.audit.key=" + AuditChainTests.KEY;
		String[] args = { "verify-audit", datasource, "--spring.main.banner-mode=off", key };
		PrintStream out = new PrintStream(this.printed, true, StandardCharsets.UTF_8);
		return AuditVerifyCommand.run(args, out);
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
