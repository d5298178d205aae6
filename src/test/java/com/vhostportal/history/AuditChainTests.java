package com.vhostportal.history;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import com.vhostportal.history.AuditVerification.BreakReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@JdbcTest
@ActiveProfiles("test")
@TestPropertySource(properties = "portal.audit.key=" + AuditChainTests.KEY)
// @formatter:off
@Import({ HistoryRepository.class, AuditChain.class, AuditKeys.class, AuditVerifier.class,
		AuditRetention.class })
// @formatter:on
@EnableConfigurationProperties(AuditProperties.class)
class AuditChainTests {

	static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	@Autowired
	private HistoryRepository history;

	@Autowired
	private AuditVerifier verifier;

	@Autowired
	private AuditKeys keys;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	private AuditTestRecords records;

	@BeforeEach
	void records() {
		this.records = new AuditTestRecords(this.history, this.jdbc);
	}

	@Test
	void verifyWhenRecordsUntouchedThenIntactAndEveryFinalRecordChained() {
		long first = record("one", HistoryStatus.SUCCEEDED);
		long second = record("two", HistoryStatus.FAILED);
		long open = record("three", HistoryStatus.UNCONFIRMED);

		AuditVerification result = this.verifier.verify();
		String currentKey = this.keys.currentId();

		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isEqualTo(2);
		assertThat(this.history.find(first).orElseThrow().chainSeq()).isEqualTo(1L);
		assertThat(this.history.find(second).orElseThrow().chainSeq()).isEqualTo(2L);
		assertThat(this.history.find(second).orElseThrow().chainKeyId()).isEqualTo(currentKey);
		assertThat(this.history.find(open).orElseThrow().chainSeq()).isNull();
	}

	@Test
	void reconcileWhenUnconfirmedRecordSettledThenItJoinsTheChain() {
		record("one", HistoryStatus.SUCCEEDED);
		long open = record("two", HistoryStatus.UNCONFIRMED);

		this.history.reconcile(open, HistoryStatus.SUCCEEDED, "vh-2", "found it");

		assertThat(this.history.find(open).orElseThrow().chainSeq()).isEqualTo(2L);
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void verifyWhenOneFieldChangedInTheDatabaseThenNamesThatRecord() {
		record("one", HistoryStatus.SUCCEEDED);
		long tampered = record("two", HistoryStatus.FAILED);
		record("three", HistoryStatus.SUCCEEDED);

		execute("UPDATE history_record SET username = 'mallory' WHERE id = :id", tampered);
		AuditVerification result = this.verifier.verify();

		assertThat(result.intact()).isFalse();
		assertThat(result.brokenRecordId()).isEqualTo(tampered);
		assertThat(result.brokenSeq()).isEqualTo(2L);
		assertThat(result.reason()).isEqualTo(BreakReason.MAC_MISMATCH);
		assertThat(result.checked()).isEqualTo(1);
	}

	@Test
	void verifyWhenRecordDeletedThenNamesTheRecordAfterTheGap() {
		record("one", HistoryStatus.SUCCEEDED);
		long deleted = record("two", HistoryStatus.FAILED);
		long after = record("three", HistoryStatus.SUCCEEDED);

		execute("DELETE FROM history_record WHERE id = :id", deleted);
		AuditVerification result = this.verifier.verify();

		assertThat(result.intact()).isFalse();
		assertThat(result.brokenRecordId()).isEqualTo(after);
		assertThat(result.reason()).isEqualTo(BreakReason.SEQUENCE_GAP);
	}

	@Test
	void verifyWhenLastRecordDeletedThenHeadMismatch() {
		record("one", HistoryStatus.SUCCEEDED);
		long last = record("two", HistoryStatus.FAILED);

		execute("DELETE FROM history_record WHERE id = :id", last);

		assertThat(this.verifier.verify().reason()).isEqualTo(BreakReason.HEAD_MISMATCH);
	}

	@Test
	void verifyWhenSignedWithUnknownKeyThenSaysSo() {
		long id = record("one", HistoryStatus.SUCCEEDED);

		execute("UPDATE history_record SET chain_key_id = 'retired' WHERE id = :id", id);

		assertThat(this.verifier.verify().reason()).isEqualTo(BreakReason.UNKNOWN_KEY);
	}

	@Test
	void completeWhenAlreadyChainedThenRefused() {
		long id = record("one", HistoryStatus.SUCCEEDED);

		assertThatIllegalStateException().isThrownBy(() -> this.history.complete(id, failed()));
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void describeWhenBrokenThenNamesRecordAndReason() {
		var broken = new AuditVerification(false, 41, 99L, 42L, BreakReason.MAC_MISMATCH, 0);
		var intact = new AuditVerification(true, 3, null, null, null, 0);

		String text = AuditVerifyCommand.describe(broken);
		String intactText = AuditVerifyCommand.describe(intact);

		assertThat(text).contains("BROKEN", "record 99", "position 42", "MAC_MISMATCH");
		assertThat(intactText).isEqualTo("Audit chain intact: 3 records verified.");
	}

	@Test
	void purgeWhenRecordsOlderThanRetentionThenRemovedAndTheRestStillVerifies() {
		record("old-1", HistoryStatus.SUCCEEDED);
		record("old-2", HistoryStatus.FAILED);
		long open = record("old-open", HistoryStatus.UNCONFIRMED);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long kept = this.records.recordCreate(HistoryStatus.SUCCEEDED, "new", now.plusDays(60));
		AuditRetention retention = retention(now.plusDays(45), Period.ofDays(30));

		assertThat(retention.purge()).isEqualTo(2);
		assertThat(retention.purge()).isZero();

		AuditVerification result = this.verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isEqualTo(1);
		assertThat(this.history.find(kept)).isPresent();
		assertThat(this.history.find(open)).isPresent();
		assertThat(retention.checkpoint().orElseThrow().purgedRecords()).isEqualTo(2);
	}

	@Test
	void verifyWhenCheckpointChangedThenSaysSo() {
		record("old-1", HistoryStatus.SUCCEEDED);
		record("old-2", HistoryStatus.SUCCEEDED);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		retention(now.plusDays(45), Period.ofDays(30)).purge();
		assertThat(this.verifier.verify().intact()).isTrue();

		this.jdbc.sql("UPDATE audit_checkpoint SET purged_records = 1").update();

		assertThat(this.verifier.verify().reason()).isEqualTo(BreakReason.CHECKPOINT_MISMATCH);
	}

	@Test
	void purgeWhenNoRetentionSetThenKeepsEverything() {
		record("one", HistoryStatus.SUCCEEDED);

		OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusYears(50);

		assertThat(retention(later, null).purge()).isZero();
		assertThat(this.verifier.verify().checked()).isEqualTo(1);
	}

	private AuditRetention retention(OffsetDateTime now, Period period) {
		AuditProperties properties = new AuditProperties(KEY, List.of(), period);
		Clock clock = Clock.fixed(now.toInstant(), ZoneOffset.UTC);
		return new AuditRetention(this.jdbc, this.keys, properties, clock, this.transactions);
	}

	private long record(String host, HistoryStatus status) {
		return this.records.recordCreate(status, host, null);
	}

	private static SubmissionOutcome failed() {
		return new SubmissionOutcome(HistoryStatus.FAILED, 500, null, "{}", null, null, 1, null);
	}

	private void execute(String sql, long id) {
		this.jdbc.sql(sql).param("id", id).update();
	}

}
