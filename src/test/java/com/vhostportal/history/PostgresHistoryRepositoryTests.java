package com.vhostportal.history;

import com.vhostportal.apim.Operation;
import com.vhostportal.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations and queries on PostgreSQL, the hosted database.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(HistoryRepository.class)
class PostgresHistoryRepositoryTests {

	private static PostgresTestDatabase database;

	@Autowired
	private HistoryRepository history;

	// Created before the context so that a machine without PostgreSQL skips the class
	// instead of failing to load it.
	@BeforeAll
	static void createSchema() {
		database = PostgresTestDatabase.create();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> database.url());
		registry.add("spring.datasource.username", () -> database.username());
		registry.add("spring.datasource.password", () -> database.password());
	}

	@AfterAll
	static void dropSchema() {
		if (database != null) {
			database.close();
		}
	}

	@Test
	void recordAndCompleteWhenOnPostgresThenRoundTrips() {
		long id = this.history.recordPending(new NewSubmission("ada", "acme", "ACME", Operation.UPDATE, "prod-apis",
				"vh-1", "https://apim.example.com/x", "{\"operation\":\"UPDATE\"}", "{\"name\":\"prod\"}", "c-1",
				new Submitter("demo:ada", "Ada", "ada@example.com"), "platform"));

		this.history.complete(id, new SubmissionOutcome(HistoryStatus.UNCONFIRMED, null, null, null, "NO_ANSWER",
				"timed out", 30_000, null));

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.UNCONFIRMED);
		assertThat(record.beforeState()).isEqualTo("{\"name\":\"prod\"}");
		assertThat(record.httpStatus()).isNull();
		assertThat(record.createdAt()).isNotNull();
	}

	@Test
	void pageWhenOnPostgresThenNewestFirst() {
		for (int i = 0; i < 3; i++) {
			this.history.recordPending(new NewSubmission("ada", "acme", "ACME", Operation.CREATE, "host-" + i, null,
					"https://apim.example.com/x", "{}", null, "c-" + i,
					new Submitter("demo:ada", "Ada", "ada@example.com"), "platform"));
		}

		assertThat(this.history.page(null, 2)).extracting(HistoryRecord::virtualHost)
			.containsExactly("host-2", "host-1");
	}

}
