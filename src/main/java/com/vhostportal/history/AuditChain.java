package com.vhostportal.history;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends records to the audit chain. Must run inside the transaction that gives the
 * record its final state: the head row stays locked until that transaction ends, so
 * instances appending at once take their turn and the order comes from the database.
 */
@Component
class AuditChain {

	private static final String SELECT_CONTENT = """
			SELECT %s
			FROM history_record WHERE id = :id""".formatted(AuditCanonicalForm.SELECT_LIST);

	private static final String LINK_RECORD = """
			UPDATE history_record SET chain_seq = :seq, chain_mac = :mac, chain_key_id = :keyId
			WHERE id = :id AND chain_seq IS NULL
			""";

	private final JdbcClient jdbc;

	private final AuditKeys keys;

	AuditChain(JdbcClient jdbc, AuditKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Gives a record the next place in the chain and its MAC.
	 * @param id the record id
	 */
	void append(long id) {
		Map<String, Object> head = this.jdbc
			.sql("SELECT last_seq, last_mac FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query()
			.singleRow();
		long seq = ((Number) head.get("last_seq")).longValue() + 1;
		String previousMac = (String) head.get("last_mac");
		String keyId = this.keys.currentId();

		String mac = this.jdbc.sql(SELECT_CONTENT).param("id", id).query((row, n) -> {
			AuditCanonicalForm.ColumnValues values = AuditCanonicalForm.valuesOf(row);
			return this.keys.sign(AuditCanonicalForm.of(values, seq, keyId, previousMac));
		}).single();

		int updated = this.jdbc.sql(LINK_RECORD)
			.param("seq", seq)
			.param("mac", mac)
			.param("keyId", keyId)
			.param("id", id)
			.update();
		if (updated != 1) {
			String message = "History record " + id + " is already in the audit chain";
			throw new IllegalStateException(message);
		}
		this.jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_mac = :mac WHERE id = 1")
			.param("seq", seq)
			.param("mac", mac)
			.update();
	}

}
