package com.vhostportal.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.vhostportal.apim.Operation;
import com.vhostportal.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations and queries on PostgreSQL, the hosted database.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// @formatter:off
@Import({ HistoryRepository.class, AuditChain.class, AuditKeys.class, AuditVerifier.class,
		AuditRetention.class })
// @formatter:on
@EnableConfigurationProperties(AuditProperties.class)
class PostgresHistoryRepositoryTests {

	private static final Submitter ADA = new Submitter("demo:ada", "Ada", "ada@example.com");

	private static PostgresTestDatabase database;

	@Autowired
	private HistoryRepository history;

	@Autowired
	private AuditVerifier verifier;

	@Autowired
	private JdbcClient jdbc;

	// Created before the context so that a machine without PostgreSQL skips the class
	// instead of failing to load it.
	@BeforeAll
	static void createSchema() {
		database = PostgresTestDatabase.create();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database.register(registry, "");
	}

	@AfterAll
	static void dropSchema() {
		if (database != null) {
			database.close();
		}
	}

	@Test
	void recordAndCompleteWhenOnPostgresThenRoundTrips() {
		String body = "{\"operation\":\"UPDATE\"}";
		String before = "{\"name\":\"prod\"}";
		// @formatter:off
		NewSubmission submission = new NewSubmission("ada", "acme", "ACME", Operation.UPDATE,
				"prod-apis", "vh-1", "https://apim.example.com/x", body, before, "c-1", ADA,
				"platform");
		SubmissionOutcome unconfirmed = new SubmissionOutcome(HistoryStatus.UNCONFIRMED, null,
				null, null, "NO_ANSWER", "timed out", 30_000, null);
		// @formatter:on
		long id = this.history.recordPending(submission);

		this.history.complete(id, unconfirmed);

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.UNCONFIRMED);
		assertThat(record.beforeState()).isEqualTo("{\"name\":\"prod\"}");
		assertThat(record.httpStatus()).isNull();
		assertThat(record.createdAt()).isNotNull();
	}

	@Test
	void pageWhenOnPostgresThenNewestFirst() {
		for (int i = 0; i < 3; i++) {
			// @formatter:off
			NewSubmission submission = new NewSubmission("ada", "acme", "ACME", Operation.CREATE,
					"host-" + i, null, "https://apim.example.com/x", "{}", null, "c-" + i, ADA,
					"platform");
			// @formatter:on
			this.history.recordPending(submission);
		}

		assertThat(this.history.page(null, 2)).extracting(HistoryRecord::virtualHost)
			.containsExactly("host-2", "host-1");
	}

	@Test
	void searchWhenOnPostgresThenFiltersCombineAndHostMatchesInAnyCase() {
		AuditTestRecords records = new AuditTestRecords(this.history, this.jdbc);
		// @formatter:off
		records.record("acme", "platform", "ada", Operation.UPDATE,
				HistoryStatus.FAILED, "Orders-Api", OffsetDateTime.parse("2026-03-01T10:00:00Z"));
		records.record("acme", "platform", "ada", Operation.UPDATE,
				HistoryStatus.SUCCEEDED, "orders-b", OffsetDateTime.parse("2026-03-01T11:00:00Z"));
		HistorySearch search = new HistorySearch("acme", "platform", "ada", Operation.UPDATE,
				HistoryStatus.FAILED, "ORDERS", LocalDate.parse("2026-03-01"),
				LocalDate.parse("2026-03-01"), null);
		// @formatter:on

		List<HistoryRecord> found = this.history.search(search, null, 10, Set.of("platform"));

		assertThat(found).extracting(HistoryRecord::virtualHost).containsExactly("Orders-Api");
	}

	@Test
	void verifyWhenOnPostgresAndOneFieldChangedThenNamesThatRecord() {
		AuditTestRecords records = new AuditTestRecords(this.history, this.jdbc);
		records.recordCreate(HistoryStatus.SUCCEEDED, "one", null);
		long tampered = records.recordCreate(HistoryStatus.FAILED, "two", null);
		assertThat(this.verifier.verify().intact()).isTrue();

		String tamper = "UPDATE history_record SET error_message = 'fine' WHERE id = :id";
		this.jdbc.sql(tamper).param("id", tampered).update();

		AuditVerification result = this.verifier.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.brokenRecordId()).isEqualTo(tampered);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void completeWhenManyWritersAtOnceThenChainStaysIntact() throws Exception {
		AuditTestRecords records = new AuditTestRecords(this.history, this.jdbc);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(records.recordCreate(HistoryStatus.PENDING, "c-" + i, null));
		}

		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (long id : ids) {
				done.add(writers.submit(() -> this.history.complete(id, succeeded())));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			writers.shutdownNow();
		}

		AuditVerification result = this.verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isGreaterThanOrEqualTo(40);
	}

	private static SubmissionOutcome succeeded() {
		HistoryStatus status = HistoryStatus.SUCCEEDED;
		return new SubmissionOutcome(status, 201, null, "{}", null, null, 1, null);
	}

}
