package com.vhostportal.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.vhostportal.history.AuditCanonicalForm.ColumnValues;
import com.vhostportal.history.AuditVerification.BreakReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain in its order, recomputing every MAC, and reports the first record
 * where it breaks. The chain is read in short chunks by position, each its own query, so
 * memory does not grow with the chain and no query stays open for the whole walk.
 */
@Component
public class AuditVerifier {

	private static final int CHUNK = 2000;

	private static final String COUNT_UNCHAINED = """
			SELECT COUNT(*) FROM history_record \
			WHERE chain_seq IS NULL AND status IN ('SUCCEEDED', 'FAILED')""";

	private static final String SELECT_HEAD = """
			SELECT last_seq, last_mac FROM audit_chain_head WHERE id = 1""";

	private static final String SELECT_CHAIN = """
			SELECT chain_seq, chain_mac, chain_key_id, %s
			FROM history_record WHERE chain_seq > :after
			ORDER BY chain_seq FETCH FIRST :chunk ROWS ONLY
			""".formatted(AuditCanonicalForm.SELECT_LIST);

	private final JdbcClient jdbc;

	private final AuditKeys keys;

	private final AuditRetention retention;

	public AuditVerifier(DataSource dataSource, AuditKeys keys, AuditRetention retention) {
		this.jdbc = JdbcClient.create(dataSource);
		this.keys = keys;
		this.retention = retention;
	}

	/**
	 * Verifies the whole chain.
	 * @return the result
	 */
	public AuditVerification verify() {
		long unchained = this.jdbc.sql(COUNT_UNCHAINED).query(Long.class).single();
		Optional<AuditCheckpoint> checkpoint = this.retention.checkpoint();
		if (checkpoint.isPresent() && !signedByUs(checkpoint.get())) {
			long seq = checkpoint.get().throughSeq();
			BreakReason reason = BreakReason.CHECKPOINT_MISMATCH;
			return new AuditVerification(false, 0, null, seq, reason, unchained);
		}

		Walk walk = new Walk(checkpoint, unchained);
		while (true) {
			int read = readChunk(walk);
			if (walk.broken != null) {
				return walk.broken;
			}
			if (read == CHUNK) {
				continue;
			}
			// The head is read once the walk has reached the end, so that records
			// appended meanwhile are walked too rather than taken for forged ones.
			Map<String, Object> head = this.jdbc.sql(SELECT_HEAD).query().singleRow();
			long headSeq = ((Number) head.get("last_seq")).longValue();
			if (headSeq > walk.lastSeq && read > 0) {
				continue;
			}
			return walk.end(headSeq, (String) head.get("last_mac"));
		}
	}

	private int readChunk(Walk walk) {
		return this.jdbc.sql(SELECT_CHAIN)
			.param("after", walk.lastSeq)
			.param("chunk", CHUNK)
			.query((ResultSet rows) -> walk.read(rows));
	}

	private boolean signedByUs(AuditCheckpoint checkpoint) {
		return this.keys.sign(checkpoint.keyId(), checkpoint.canonical())
			.filter((mac) -> mac.equals(checkpoint.mac()))
			.isPresent();
	}

	/**
	 * Where the walk along the chain stands: the last record that checked out, and the
	 * first that did not.
	 */
	private final class Walk {

		private final long start;

		private final long unchained;

		private long lastSeq;

		private String previousMac;

		private Long lastId;

		private AuditVerification broken;

		Walk(Optional<AuditCheckpoint> checkpoint, long unchained) {
			// After retention, the chain starts at the signed checkpoint.
			this.start = checkpoint.map(AuditCheckpoint::throughSeq).orElse(0L);
			this.lastSeq = this.start;
			this.previousMac = checkpoint.map(AuditCheckpoint::throughMac).orElse("");
			this.unchained = unchained;
		}

		int read(ResultSet rows) throws SQLException {
			ColumnValues values = AuditCanonicalForm.valuesOf(rows);
			int read = 0;
			while (rows.next()) {
				read++;
				if (!check(rows, values)) {
					return read;
				}
			}
			return read;
		}

		private boolean check(ResultSet rows, ColumnValues values) throws SQLException {
			long id = rows.getLong("id");
			long seq = rows.getLong("chain_seq");
			if (seq != this.lastSeq + 1) {
				return fail(id, seq, BreakReason.SEQUENCE_GAP);
			}
			String stored = rows.getString("chain_mac");
			String keyId = rows.getString("chain_key_id");
			String canonical = AuditCanonicalForm.of(values, seq, keyId, this.previousMac);
			Optional<String> computed = AuditVerifier.this.keys.sign(keyId, canonical);
			if (computed.isEmpty()) {
				return fail(id, seq, BreakReason.UNKNOWN_KEY);
			}
			if (!computed.get().equals(stored)) {
				return fail(id, seq, BreakReason.MAC_MISMATCH);
			}

			this.previousMac = stored;
			this.lastId = id;
			this.lastSeq = seq;
			return true;
		}

		AuditVerification end(long headSeq, String headMac) {
			long checked = this.lastSeq - this.start;
			if (headSeq != this.lastSeq || !this.previousMac.equals(headMac)) {
				Long lastChecked = (checked > 0) ? this.lastId : null;
				return broken(checked, lastChecked, this.lastSeq, BreakReason.HEAD_MISMATCH);
			}
			return new AuditVerification(true, checked, null, null, null, this.unchained);
		}

		private boolean fail(long id, long seq, BreakReason reason) {
			this.broken = broken(this.lastSeq - this.start, id, seq, reason);
			return false;
		}

		private AuditVerification broken(long checked, Long id, long seq, BreakReason reason) {
			return new AuditVerification(false, checked, id, seq, reason, this.unchained);
		}

	}

}
