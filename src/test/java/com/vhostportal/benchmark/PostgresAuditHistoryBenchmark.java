package com.vhostportal.benchmark;

import com.vhostportal.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit history benchmark on PostgreSQL, the hosted database: a Testcontainers
 * container where Docker runs, otherwise the server named by
 * {@code PORTAL_TEST_POSTGRES_URL}, in a schema of its own that is dropped afterwards.
 */
class PostgresAuditHistoryBenchmark extends AuditHistoryBenchmarkRun {

	private static PostgresTestDatabase database;

	@BeforeAll
	static void createSchema() {
		database = PostgresTestDatabase.create();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		// Batched inserts sent as multi-row statements, so that seeding takes a minute or
		// two, not ten.
		database.register(registry, "&reWriteBatchedInserts=true");
	}

	@AfterAll
	static void dropSchema() {
		if (database != null) {
			database.close();
		}
	}

	@Override
	String database() {
		return "PostgreSQL (" + database.url().replaceAll("\\?.*", "") + ")";
	}

}
