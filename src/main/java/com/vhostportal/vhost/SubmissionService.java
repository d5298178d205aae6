package com.vhostportal.vhost;

import java.time.Duration;
import java.util.UUID;

import com.vhostportal.apim.ApimErrorException;
import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.VirtualHostAnswer;
import com.vhostportal.apim.VirtualHostRequestClient;
import com.vhostportal.certificate.CertificateFinding;
import com.vhostportal.certificate.CertificatePolicies;
import com.vhostportal.certificate.CertificatePolicy;
import com.vhostportal.certificate.CertificateReport;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.history.NewSubmission;
import com.vhostportal.history.SubmissionOutcome;
import com.vhostportal.history.Submitter;
import com.vhostportal.security.SignedInPerson;
import com.vhostportal.tenant.Tenant;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Sends a reviewed request to API Management, recording it before it leaves and
 * completing the record with whatever came back.
 */
@Service
class SubmissionService {

	private static final Logger logger = LoggerFactory.getLogger(SubmissionService.class);

	/** The error code of a submission the certificate policy stopped. */
	static final String BLOCKED_CODE = "CERTIFICATE_POLICY_BLOCK";

	private final HistoryRepository history;

	private final VirtualHostRequestClient client;

	private final UnconfirmedAnswerCheck unconfirmedAnswerCheck;

	private final CertificatePolicies policies;

	private final JsonMapper json;

	private final MessageSource messages;

	private final MeterRegistry meters;

	SubmissionService(HistoryRepository history, VirtualHostRequestClient client,
			UnconfirmedAnswerCheck unconfirmedAnswerCheck, CertificatePolicies policies, JsonMapper json,
			MessageSource messages, MeterRegistry meters) {
		this.history = history;
		this.client = client;
		this.unconfirmedAnswerCheck = unconfirmedAnswerCheck;
		this.policies = policies;
		this.json = json;
		this.messages = messages;
		this.meters = meters;
	}

	/**
	 * Records, sends and completes one submission. A submission whose certificate checks
	 * fail under the user's {@code block} policy is recorded as failed and not sent.
	 * @param tenant the tenant
	 * @param submission the reviewed request
	 * @param person the signed-in person
	 * @return the id of the history record and the outcome
	 * @throws SubmissionNotRecordedException if the history could not record it; nothing
	 * was sent then
	 */
	SubmissionResult submit(Tenant tenant, PreparedSubmission submission, SignedInPerson person) {
		String correlationId = UUID.randomUUID().toString();
		MDC.put("correlationId", correlationId);
		try {
			CertificatePolicy policy = this.policies.policyFor(tenant.team());
			long historyId = recordPending(tenant, submission, person, correlationId, policy);

			SubmissionOutcome outcome = submission.certificates().blocks(policy) ? blocked(tenant, submission)
					: send(tenant, submission, correlationId);
			recordDuration(tenant, submission, outcome);

			complete(historyId, outcome);
			return new SubmissionResult(historyId, outcome);
		}
		finally {
			MDC.remove("correlationId");
		}
	}

	private long recordPending(Tenant tenant, PreparedSubmission submission, SignedInPerson person,
			String correlationId, CertificatePolicy policy) {
		Submitter submitter = new Submitter(person.subject(), person.displayName(), person.email());
		CertificateReport report = submission.certificates();
		boolean checked = report.storesUsed();
		try {
			return this.history.recordPending(new NewSubmission(person.username(), tenant.id(), tenant.name(),
					submission.operation(), submission.virtualHost(), submission.virtualHostId(), submission.url(),
					submission.json(), submission.beforeState(), correlationId, submitter, tenant.team(),
					checked ? this.json.writerWithDefaultPrettyPrinter().writeValueAsString(report) : null,
					checked ? policy.name() : null));
		}
		catch (DataAccessException ex) {
			logger.error("Not sending {} for tenant {}: the history could not record it", submission.operation(),
					tenant.id(), ex);
			throw new SubmissionNotRecordedException(ex);
		}
	}

	private SubmissionOutcome blocked(Tenant tenant, PreparedSubmission submission) {
		long failing = submission.certificates().findings().stream().filter(CertificateFinding::failing).count();
		logger.info("Not sending {} of {} for tenant {}: {} certificate checks fail under the block policy",
				submission.operation(), submission.virtualHost(), tenant.id(), failing);
		String message = this.messages.getMessage("review.certificates.blocked.recorded", new Object[] { failing },
				LocaleContextHolder.getLocale());
		return new SubmissionOutcome(HistoryStatus.FAILED, null, null, null, BLOCKED_CODE, message, 0, null);
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

	private void recordDuration(Tenant tenant, PreparedSubmission submission, SubmissionOutcome outcome) {
		Timer.builder("portal.submissions")
			.description("Virtual host requests sent to API Management, until their answer")
			.tag("tenant", tenant.id())
			.tag("operation", submission.operation().name())
			.tag("outcome", outcome.status().name())
			.publishPercentileHistogram()
			.register(this.meters)
			.record(Duration.ofMillis(outcome.durationMillis()));
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
