package com.vhostportal.vhost;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims of review tokens in the database. A session cannot guard a token on its own once
 * sessions live in the database and several instances serve one user: two POSTs would
 * each load their own copy of the session. The primary key of the claim row can.
 */
@Repository
class SubmissionClaims {

	private final JdbcClient jdbc;

	private final Clock clock;

	SubmissionClaims(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims a token for sending.
	 * @return {@code true} for the first claim, {@code false} if it was claimed before
	 */
	boolean claim(String token) {
		try {
			this.jdbc.sql("INSERT INTO submission_claim (token, claimed_at) VALUES (:token, :now)")
				.param("token", token)
				.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void recordSent(String token, long historyId) {
		this.jdbc.sql("UPDATE submission_claim SET history_id = :historyId WHERE token = :token")
			.param("historyId", historyId)
			.param("token", token)
			.update();
	}

	/**
	 * Gives a claim back when nothing was sent, so the user can try again.
	 */
	void release(String token) {
		this.jdbc.sql("DELETE FROM submission_claim WHERE token = :token AND history_id IS NULL")
			.param("token", token)
			.update();
	}

	/**
	 * Returns what became of a claimed token.
	 * @return empty if never claimed; a claim without a history id while still sending
	 */
	Optional<Claim> find(String token) {
		return this.jdbc.sql("SELECT history_id FROM submission_claim WHERE token = :token")
			.param("token", token)
			.query((rs, row) -> new Claim(rs.getObject("history_id", Long.class)))
			.optional();
	}

	/**
	 * A claimed token.
	 *
	 * @param historyId the history record of the submission, or {@code null} while
	 * sending
	 */
	record Claim(Long historyId) {

	}

}
