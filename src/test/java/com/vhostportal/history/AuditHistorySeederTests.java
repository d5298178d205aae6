package com.vhostportal.history;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's seeded history must be one the portal would have written: a chain that
 * verifies, searches that find what was seeded, and room for the portal's next record.
 */
@JdbcTest
@ActiveProfiles("test")
// @formatter:off
@Import({ HistoryRepository.class, AuditChain.class, AuditKeys.class, AuditVerifier.class,
		AuditRetention.class })
// @formatter:on
@EnableConfigurationProperties(AuditProperties.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditHistorySeederTests {

	private static final int COUNT = 2500;

	private static final OffsetDateTime FIRST = OffsetDateTime.parse("2025-01-01T00:00:00Z");

	private static final Duration PERIOD = Duration.ofDays(100);

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AuditKeys keys;

	@Autowired
	private HistoryRepository history;

	@Autowired
	private AuditVerifier verifier;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void empty() {
		this.jdbc.sql("DELETE FROM history_record").update();
		String emptyHead = "UPDATE audit_chain_head SET last_seq = 0, last_mac = '' WHERE id = 1";
		this.jdbc.sql(emptyHead).update();
	}

	@Test
	void seedWhenHistoryEmptyThenChainVerifiesAndPortalAppendsAfterIt() throws Exception {
		seed();

		AuditTestRecords records = new AuditTestRecords(this.history, this.jdbc);
		long next = records.recordCreate(HistoryStatus.SUCCEEDED, "after-seed", null);
		AuditVerification result = this.verifier.verify();

		assertThat(next).isEqualTo(COUNT + 1);
		assertThat(result.intact()).as("%s", result).isTrue();
		assertThat(result.checked()).isEqualTo(COUNT + 1);
	}

	@Test
	void seedWhenOneSeededFieldChangedThenVerificationNamesThatRecord() throws Exception {
		seed();

		this.jdbc.sql("UPDATE history_record SET username = 'mallory' WHERE id = 1234").update();
		AuditVerification result = this.verifier.verify();

		assertThat(result.intact()).isFalse();
		assertThat(result.brokenRecordId()).isEqualTo(1234L);
	}

	@Test
	void streamWhenSeveralChunksThenEveryRecordOnceNewestFirst() throws Exception {
		seed();

		List<Long> ids = new ArrayList<>();
		this.history.stream(HistorySearch.ALL, null, (record) -> ids.add(record.id()));

		assertThat(ids).hasSize(COUNT).doesNotHaveDuplicates();
		assertThat(ids).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void seedWhenChangedOrCutPastFirstChunkThenVerificationNamesRecord() throws Exception {
		seed();

		this.jdbc.sql("UPDATE history_record SET virtual_host = 'x' WHERE id = 2301").update();
		AuditVerification changed = this.verifier.verify();
		this.jdbc.sql("DELETE FROM history_record WHERE id >= 2301").update();
		AuditVerification cutShort = this.verifier.verify();

		assertThat(changed.brokenRecordId()).isEqualTo(2301L);
		assertThat(changed.reason()).isEqualTo(AuditVerification.BreakReason.MAC_MISMATCH);
		assertThat(changed.checked()).isEqualTo(2300);
		assertThat(cutShort.reason()).isEqualTo(AuditVerification.BreakReason.HEAD_MISMATCH);
		assertThat(cutShort.brokenRecordId()).isEqualTo(2300L);
	}

	@Test
	void seedWhenSearchedByUserOutcomeAndDatesThenFindsOnlyMatchesNewestFirst() throws Exception {
		seed();
		String user = AuditHistorySeeder.user(7);
		LocalDate from = LocalDate.parse("2025-02-01");
		LocalDate to = LocalDate.parse("2025-02-28");
		// @formatter:off
		HistorySearch search = new HistorySearch(null, null, user, null, HistoryStatus.SUCCEEDED,
				null, from, to, null);
		// @formatter:on

		List<HistoryRecord> page = this.history.search(search, null, 1000, null);

		assertThat(page).isNotEmpty().allSatisfy((record) -> {
			assertThat(record.username()).isEqualTo(user);
			assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
			assertThat(record.createdAt().toLocalDate()).isBetween(from, to);
		});
		Comparator<Long> newestFirst = (a, b) -> Long.compare(b, a);
		assertThat(page).extracting(HistoryRecord::id).isSortedAccordingTo(newestFirst);
	}

	private void seed() throws SQLException {
		new AuditHistorySeeder(this.dataSource, this.keys).seed(COUNT, FIRST, PERIOD);
	}

}
