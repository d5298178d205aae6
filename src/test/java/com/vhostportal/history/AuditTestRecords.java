package com.vhostportal.history;

import java.time.OffsetDateTime;

import com.vhostportal.apim.Operation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes history records the way the portal does, with a chosen recording time.
 */
final class AuditTestRecords {

	private static final String REQUEST_URL = "https://apim.example.com/VirtualHostRequests";

	private final HistoryRepository history;

	private final JdbcClient jdbc;

	AuditTestRecords(HistoryRepository history, JdbcClient jdbc) {
		this.history = history;
		this.jdbc = jdbc;
	}

	// @formatter:off
	long record(String tenant, String team, String user, Operation operation, HistoryStatus status,
			String host, OffsetDateTime createdAt) {
	// @formatter:on
		String body = "{\"virtualHostUrl\":\"" + host + "\"}";
		Submitter person = new Submitter("demo:" + user, user, user + "@example.com");
		// @formatter:off
		NewSubmission submission = new NewSubmission(user, tenant, tenant.toUpperCase(), operation,
				host, null, REQUEST_URL, body, null, "corr-" + host, person, team);
		// @formatter:on
		long id = this.history.recordPending(submission);
		if (createdAt != null) {
			this.jdbc.sql("UPDATE history_record SET created_at = :at WHERE id = :id")
				.param("at", createdAt)
				.param("id", id)
				.update();
		}
		if (status != HistoryStatus.PENDING) {
			this.history.complete(id, outcome(status));
		}
		return id;
	}

	/**
	 * Records a CREATE by ada, of the acme tenant, for the platform team.
	 * @param status where it ends
	 * @param host the virtual host
	 * @param createdAt when it was recorded, or {@code null} for now
	 * @return the record id
	 */
	long recordCreate(HistoryStatus status, String host, OffsetDateTime createdAt) {
		return record("acme", "platform", "ada", Operation.CREATE, status, host, createdAt);
	}

	private static SubmissionOutcome outcome(HistoryStatus status) {
		Integer httpStatus = (status == HistoryStatus.SUCCEEDED) ? 201 : null;
		return new SubmissionOutcome(status, httpStatus, null, "{}", null, null, 7, null);
	}

}
