package com.vhostportal.benchmark;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit history benchmark on the embedded default, an H2 file database.
 */
class H2AuditHistoryBenchmark extends AuditHistoryBenchmarkRun {

	// Deleted only after the application context is closed: @DirtiesContext closes it
	// first.
	@TempDir
	static Path workDir;

	@DynamicPropertySource
	static void embeddedDefault(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + workDir.resolve("audit"));
	}

	@Override
	String database() {
		return "H2 file database (embedded default)";
	}

}
