package com.vhostportal.history;

import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.vhostportal.history.AuditVerification.BreakReason;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the audit chain in its order, recomputing every MAC, and reports the first record
 * where it breaks. Rows are streamed, so memory does not grow with the chain.
 */
@Component
public class AuditVerifier {

	private static final int FETCH_SIZE = 1000;

	private static final String COUNT_UNCHAINED = """
			SELECT COUNT(*) FROM history_record \
			WHERE chain_seq IS NULL AND status IN ('SUCCEEDED', 'FAILED')""";

	private static final String SELECT_HEAD = """
			SELECT last_seq, last_mac FROM audit_chain_head WHERE id = 1""";

	private static final String SELECT_CHAIN = """
			SELECT chain_seq, chain_mac, chain_key_id, %s
			FROM history_record WHERE chain_seq IS NOT NULL ORDER BY chain_seq
			""".formatted(AuditCanonicalForm.SELECT_LIST);

	private final JdbcTemplate streaming;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final AuditKeys keys;

	private final AuditRetention retention;

	// @formatter:off
	public AuditVerifier(DataSource dataSource, PlatformTransactionManager transactions,
			AuditKeys keys, AuditRetention retention) {
	// @formatter:on
		this.retention = retention;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(dataSource);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.keys = keys;
	}

	/**
	 * Verifies the whole chain.
	 * @return the result
	 */
	public AuditVerification verify() {
		// PostgreSQL streams with a fetch size only inside a transaction.
		return this.readOnly.execute((status) -> verifyInTransaction());
	}

	private AuditVerification verifyInTransaction() {
		long unchained = this.jdbc.sql(COUNT_UNCHAINED).query(Long.class).single();
		Optional<AuditCheckpoint> checkpoint = this.retention.checkpoint();
		if (checkpoint.isPresent() && !signedByUs(checkpoint.get())) {
			long seq = checkpoint.get().throughSeq();
			BreakReason reason = BreakReason.CHECKPOINT_MISMATCH;
			return new AuditVerification(false, 0, null, seq, reason, unchained);
		}
		Map<String, Object> head = this.jdbc.sql(SELECT_HEAD).query().singleRow();
		return this.streaming.query(SELECT_CHAIN, walker(checkpoint, head, unchained));
	}

	private boolean signedByUs(AuditCheckpoint checkpoint) {
		return this.keys.sign(checkpoint.keyId(), checkpoint.canonical())
			.filter((mac) -> mac.equals(checkpoint.mac()))
			.isPresent();
	}

	// @formatter:off
	private ResultSetExtractor<AuditVerification> walker(Optional<AuditCheckpoint> checkpoint,
			Map<String, Object> head, long unchained) {
	// @formatter:on
		return (rows) -> {
			// After retention, the chain starts at the signed checkpoint.
			long start = checkpoint.map(AuditCheckpoint::throughSeq).orElse(0L);
			long expectedSeq = start + 1;
			String previousMac = checkpoint.map(AuditCheckpoint::throughMac).orElse("");
			long lastId = 0;
			AuditCanonicalForm.ColumnValues values = AuditCanonicalForm.valuesOf(rows);
			while (rows.next()) {
				long id = rows.getLong("id");
				long seq = rows.getLong("chain_seq");
				long verified = expectedSeq - 1 - start;
				if (seq != expectedSeq) {
					return broken(verified, id, seq, BreakReason.SEQUENCE_GAP, unchained);
				}
				String stored = rows.getString("chain_mac");
				String keyId = rows.getString("chain_key_id");
				String canonical = AuditCanonicalForm.of(values, seq, keyId, previousMac);
				var computed = this.keys.sign(keyId, canonical);
				if (computed.isEmpty()) {
					return broken(verified, id, seq, BreakReason.UNKNOWN_KEY, unchained);
				}
				if (!computed.get().equals(stored)) {
					return broken(verified, id, seq, BreakReason.MAC_MISMATCH, unchained);
				}
				previousMac = stored;
				lastId = id;
				expectedSeq++;
			}
			long lastSeq = expectedSeq - 1;
			long checked = lastSeq - start;
			long headSeq = ((Number) head.get("last_seq")).longValue();
			boolean headMatches = headSeq == lastSeq && previousMac.equals(head.get("last_mac"));
			if (!headMatches) {
				Long lastChecked = (checked > 0) ? lastId : null;
				return broken(checked, lastChecked, lastSeq, BreakReason.HEAD_MISMATCH, unchained);
			}
			return new AuditVerification(true, checked, null, null, null, unchained);
		};
	}

	// @formatter:off
	private static AuditVerification broken(long checked, Long id, long seq, BreakReason reason,
			long unchained) {
	// @formatter:on
		return new AuditVerification(false, checked, id, seq, reason, unchained);
	}

}
