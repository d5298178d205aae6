package com.vhostportal.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.vhostportal.apim.Operation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@ActiveProfiles("test")
@Import({ HistoryRepository.class, AuditChain.class, AuditKeys.class })
@EnableConfigurationProperties(AuditProperties.class)
class HistoryExportTests {

	private static final String AWKWARD = "said \"no\", then\nstopped";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private HistoryRepository history;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void writeCsvWhenValuesHaveCommasQuotesAndNewlinesThenEscapedAndHeaderNamesEveryColumn() {
		long id = awkwardRecord();

		String csv = csv(HistorySearch.ALL, null);

		String[] lines = csv.split("\r\n", 2);
		assertThat(lines[0]).startsWith("id,created_at,completed_at,username,")
			.contains("error_message", "request_body", "response_body")
			.contains("chain_mac", "chain_key_id");
		assertThat(lines[0].split(",")).hasSize(31);
		assertThat(lines[1]).startsWith(id + ",")
			.contains(",\"said \"\"no\"\", then\nstopped\",")
			.contains(",\"{\"\"virtualHostUrl\"\":\"\"a,b\"\"}\",");
	}

	@Test
	void writeCsvWhenSearchAndTeamsGivenThenOnlyThoseRecords() throws Exception {
		AuditTestRecords records = new AuditTestRecords(this.history, this.jdbc);
		Operation create = Operation.CREATE;
		HistoryStatus succeeded = HistoryStatus.SUCCEEDED;
		records.record("acme", "platform", "ada", create, succeeded, "kept", null);
		records.record("acme", "payments", "ada", create, succeeded, "other-team", null);
		records.record("acme", "platform", "bob", create, succeeded, "other-user", null);
		var byAda = new HistorySearch(null, null, "ada", null, null, null, null, null, null);

		String csv = csv(byAda, Set.of("platform"));

		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).contains("kept").doesNotContain("other-team", "other-user");
	}

	@Test
	void writeJsonLinesWhenRecordsThenOneObjectPerLineWithEveryColumn() throws Exception {
		long id = awkwardRecord();
		AuditTestRecords records = new AuditTestRecords(this.history, this.jdbc);
		Operation delete = Operation.DELETE;
		records.record("acme", "platform", "ada", delete, HistoryStatus.FAILED, "second", null);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export().writeJsonLines(HistorySearch.ALL, null, out);
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

		assertThat(lines).hasSize(2);
		JsonNode awkward = this.json.readTree(lines.get(1));
		assertThat(awkward.get("id").asLong()).isEqualTo(id);
		assertThat(awkward.get("error_message").asString()).isEqualTo(AWKWARD);
		assertThat(awkward.get("status").asString()).isEqualTo("FAILED");
		assertThat(awkward.get("http_status").isNull()).isTrue();
		assertThat(awkward.propertyNames()).hasSize(31);
	}

	@Test
	void csvWhenPlainValueThenUnquoted() {
		assertThat(HistoryExport.csv("plain")).isEqualTo("plain");
		assertThat(HistoryExport.csv(null)).isEmpty();
		assertThat(HistoryExport.csv("a\rb")).isEqualTo("\"a\rb\"");
	}

	private long awkwardRecord() {
		String body = "{\"virtualHostUrl\":\"a,b\"}";
		Submitter person = new Submitter("demo:ada", "Ada \"A\" L.", "ada@example.com");
		// @formatter:off
		NewSubmission submission = new NewSubmission("ada", "acme", "ACME, Inc.",
				Operation.UPDATE, "a,b", "vh-1", "https://apim.example.com/x", body, null, "c-1",
				person, "platform");
		// @formatter:on
		long id = this.history.recordPending(submission);

		// @formatter:off
		SubmissionOutcome outcome = new SubmissionOutcome(HistoryStatus.FAILED, null, null, null,
				"VHR_X", AWKWARD, 12, "REFUSED");
		// @formatter:on
		this.history.complete(id, outcome);
		return id;
	}

	private String csv(HistorySearch search, Set<String> teams) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			export().writeCsv(search, teams, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private HistoryExport export() {
		return new HistoryExport(this.history, this.json);
	}

}
