package com.vhostportal.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes chained records older than {@code portal.audit.retention} from the start of the
 * chain and replaces the checkpoint with a signed one naming the last removed link, so
 * the rest of the chain still verifies. Only a prefix of the chain is removed: an old
 * record behind a newer one stays until the newer one is due, and open records are never
 * removed.
 */
@Component
public class AuditRetention {

	private static final Logger logger = LoggerFactory.getLogger(AuditRetention.class);

	private static final String SELECT_CHECKPOINT = """
			SELECT through_seq, through_mac, purged_records, purged_before, key_id, mac \
			FROM audit_checkpoint WHERE id = 1""";

	private static final String LOCK_HEAD = """
			SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE""";

	private static final String FIRST_KEPT = """
			SELECT MIN(chain_seq) FROM history_record \
			WHERE chain_seq IS NOT NULL AND created_at >= :cutoff""";

	private static final String SELECT_MAC = """
			SELECT chain_mac FROM history_record WHERE chain_seq = :seq""";

	private static final String INSERT_CHECKPOINT = """
			INSERT INTO audit_checkpoint \
			(id, through_seq, through_mac, purged_records, purged_before, key_id, mac)
			VALUES (1, :seq, :throughMac, :purged, :before, :keyId, :mac)
			""";

	private static final String PURGED = """
			Audit retention removed {} history records recorded before {}""";

	private final JdbcClient jdbc;

	private final AuditKeys keys;

	private final AuditProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AuditRetention(JdbcClient jdbc, AuditKeys keys, AuditProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Returns whether a retention period is set.
	 * @return {@code false} when records are kept forever
	 */
	public boolean enabled() {
		return this.properties.retention() != null;
	}

	/**
	 * Removes the records that are due.
	 * @return how many records were removed
	 */
	public long purge() {
		if (!enabled()) {
			return 0;
		}
		OffsetDateTime cutoff = OffsetDateTime.now(this.clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.minus(this.properties.retention())
			// Whole seconds: the database keeps what the checkpoint's MAC covers exactly.
			.truncatedTo(ChronoUnit.SECONDS);
		Long removed = this.transaction.execute((status) -> purgeBefore(cutoff));
		if (removed != null && removed > 0) {
			logger.info(PURGED, removed, cutoff);
		}
		return (removed != null) ? removed : 0;
	}

	/**
	 * Reads the current checkpoint.
	 * @return the checkpoint, or empty if nothing was ever removed
	 */
	Optional<AuditCheckpoint> checkpoint() {
		return this.jdbc.sql(SELECT_CHECKPOINT).query(AuditRetention::checkpointOf).optional();
	}

	private static AuditCheckpoint checkpointOf(ResultSet rs, int rowNum) throws SQLException {
		long throughSeq = rs.getLong("through_seq");
		String throughMac = rs.getString("through_mac");
		long purged = rs.getLong("purged_records");
		OffsetDateTime before = rs.getObject("purged_before", OffsetDateTime.class);
		String keyId = rs.getString("key_id");
		String mac = rs.getString("mac");
		return new AuditCheckpoint(throughSeq, throughMac, purged, before, keyId, mac);
	}

	private long purgeBefore(OffsetDateTime cutoff) {
		// Appending waits for this lock too, so the chain does not move while it is cut.
		long lastSeq = this.jdbc.sql(LOCK_HEAD).query(Long.class).single();
		Long firstKept = firstKeptSeq(cutoff).orElse(null);
		long throughSeq = (firstKept != null) ? firstKept - 1 : lastSeq;
		Optional<AuditCheckpoint> previous = checkpoint();
		long previousThrough = previous.map(AuditCheckpoint::throughSeq).orElse(0L);
		if (throughSeq <= previousThrough) {
			return 0;
		}
		String throughMac = macAt(throughSeq);
		long removed = this.jdbc.sql("DELETE FROM history_record WHERE chain_seq <= :seq")
			.param("seq", throughSeq)
			.update();

		long purged = previous.map(AuditCheckpoint::purgedRecords).orElse(0L) + removed;
		AuditCheckpoint signed = sign(throughSeq, throughMac, purged, cutoff);
		this.jdbc.sql("DELETE FROM audit_checkpoint").update();
		this.jdbc.sql(INSERT_CHECKPOINT)
			.param("seq", signed.throughSeq())
			.param("throughMac", signed.throughMac())
			.param("purged", signed.purgedRecords())
			.param("before", signed.purgedBefore())
			.param("keyId", signed.keyId())
			.param("mac", signed.mac())
			.update();
		return removed;
	}

	private Optional<Long> firstKeptSeq(OffsetDateTime cutoff) {
		return this.jdbc.sql(FIRST_KEPT).param("cutoff", cutoff).query(Long.class).optional();
	}

	private String macAt(long seq) {
		return this.jdbc.sql(SELECT_MAC).param("seq", seq).query(String.class).single();
	}

	private AuditCheckpoint sign(long seq, String mac, long purged, OffsetDateTime before) {
		String keyId = this.keys.currentId();
		AuditCheckpoint unsigned = new AuditCheckpoint(seq, mac, purged, before, keyId, "");
		String signature = this.keys.sign(unsigned.canonical());
		return new AuditCheckpoint(seq, mac, purged, before, keyId, signature);
	}

}
