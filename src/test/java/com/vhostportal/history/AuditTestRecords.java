package com.vhostportal.history;

import java.time.OffsetDateTime;

import com.vhostportal.apim.Operation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes history records the way the portal does, with a chosen recording time.
 */
final class AuditTestRecords {

	private final HistoryRepository history;

	private final JdbcClient jdbc;

	AuditTestRecords(HistoryRepository history, JdbcClient jdbc) {
		this.history = history;
		this.jdbc = jdbc;
	}

	long record(String tenant, String team, String user, Operation operation, HistoryStatus status, String host,
			OffsetDateTime createdAt) {
		long id = this.history.recordPending(new NewSubmission(user, tenant, tenant.toUpperCase(), operation, host,
				null, "https://apim.example.com/VirtualHostRequests", "{\"virtualHostUrl\":\"" + host + "\"}", null,
				"corr-" + host, new Submitter("demo:" + user, user, user + "@example.com"), team));
		if (createdAt != null) {
			this.jdbc.sql("UPDATE history_record SET created_at = :at WHERE id = :id")
				.param("at", createdAt)
				.param("id", id)
				.update();
		}
		if (status != HistoryStatus.PENDING) {
			this.history.complete(id, new SubmissionOutcome(status, (status == HistoryStatus.SUCCEEDED) ? 201 : null,
					null, "{}", null, null, 7, null));
		}
		return id;
	}

}
