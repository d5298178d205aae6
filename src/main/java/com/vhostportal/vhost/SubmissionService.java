package com.vhostportal.vhost;

import java.util.UUID;

import com.vhostportal.apim.ApimErrorException;
import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.VirtualHostAnswer;
import com.vhostportal.apim.VirtualHostRequestClient;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.history.NewSubmission;
import com.vhostportal.history.SubmissionOutcome;
import com.vhostportal.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Sends a reviewed request to API Management, recording it before it leaves and
 * completing the record with whatever came back.
 */
@Service
class SubmissionService {

	private static final Logger logger = LoggerFactory.getLogger(SubmissionService.class);

	private final HistoryRepository history;

	private final VirtualHostRequestClient client;

	private final UnconfirmedAnswerCheck unconfirmedAnswerCheck;

	SubmissionService(HistoryRepository history, VirtualHostRequestClient client,
			UnconfirmedAnswerCheck unconfirmedAnswerCheck) {
		this.history = history;
		this.client = client;
		this.unconfirmedAnswerCheck = unconfirmedAnswerCheck;
	}

	/**
	 * Records, sends and completes one submission.
	 * @param tenant the tenant
	 * @param submission the reviewed request
	 * @param username the signed-in user
	 * @return the id of the history record and the outcome
	 * @throws SubmissionNotRecordedException if the history could not record it; nothing
	 * was sent then
	 */
	SubmissionResult submit(Tenant tenant, PreparedSubmission submission, String username) {
		String correlationId = UUID.randomUUID().toString();
		MDC.put("correlationId", correlationId);
		try {
			long historyId = recordPending(tenant, submission, username, correlationId);

			SubmissionOutcome outcome = send(tenant, submission, correlationId);

			complete(historyId, outcome);
			return new SubmissionResult(historyId, outcome);
		}
		finally {
			MDC.remove("correlationId");
		}
	}

	private long recordPending(Tenant tenant, PreparedSubmission submission, String username, String correlationId) {
		try {
			return this.history.recordPending(new NewSubmission(username, tenant.id(), tenant.name(),
					submission.operation(), submission.virtualHost(), submission.virtualHostId(), submission.url(),
					submission.json(), submission.beforeState(), correlationId));
		}
		catch (DataAccessException ex) {
			logger.error("Not sending {} for tenant {}: the history could not record it", submission.operation(),
					tenant.id(), ex);
			throw new SubmissionNotRecordedException(ex);
		}
	}

	private SubmissionOutcome send(Tenant tenant, PreparedSubmission submission, String correlationId) {
		long started = System.nanoTime();
		try {
			VirtualHostAnswer answer = this.client.send(tenant, submission.json(), correlationId);
			HistoryStatus status = answer.confirms(submission.operation()) ? HistoryStatus.SUCCEEDED
					: this.unconfirmedAnswerCheck.statusOf(tenant, submission.operation(), answer);
			return new SubmissionOutcome(status, answer.httpStatus(), answer.virtualHostId(), answer.body(), null, null,
					millisSince(started), null);
		}
		catch (ApimErrorException ex) {
			return new SubmissionOutcome(statusAfter(ex), ex.getStatus(), null, ex.getBody(), ex.getCode(),
					ex.getMessage(), millisSince(started), ex.kind().name());
		}
		catch (ApimException ex) {
			return new SubmissionOutcome(statusAfter(ex), null, null, null, ex.kind().name(), ex.getMessage(),
					millisSince(started), ex.kind().name());
		}
	}

	// Unconfirmed when the request may have been carried out: no answer came after it was
	// sent, or a gateway in front of API Management gave up waiting (502, 504). The
	// reconciler settles such records from the virtual host list.
	private static HistoryStatus statusAfter(ApimException ex) {
		if (ex instanceof ApimErrorException error) {
			boolean gateway = error.getStatus() == 502 || error.getStatus() == 504;
			return gateway ? HistoryStatus.UNCONFIRMED : HistoryStatus.FAILED;
		}
		return ex.kind().provesNotApplied() ? HistoryStatus.FAILED : HistoryStatus.UNCONFIRMED;
	}

	private void complete(long historyId, SubmissionOutcome outcome) {
		try {
			this.history.complete(historyId, outcome);
		}
		catch (DataAccessException ex) {
			logger.error("History record {} stays PENDING: its outcome {} could not be written", historyId,
					outcome.status(), ex);
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
