package com.vhostportal.vhost;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.vhostportal.apim.ApimErrorException;
import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.Operation;
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

	private static final String NOT_RECORDED = """
			Not sending {} for tenant {}: the history could not record it""";

	private static final String BLOCKED = """
			Not sending {} of {} for tenant {}: {} certificate checks \
			fail under the block policy""";

	private static final String NOT_COMPLETED = """
			History record {} stays PENDING: its outcome {} could not be written""";

	private final HistoryRepository history;

	private final VirtualHostRequestClient client;

	private final UnconfirmedAnswerCheck unconfirmedAnswerCheck;

	private final CertificatePolicies policies;

	private final JsonMapper json;

	private final MessageSource messages;

	private final MeterRegistry meters;

	// @formatter:off
	SubmissionService(
			HistoryRepository history,
			VirtualHostRequestClient client,
			UnconfirmedAnswerCheck unconfirmedAnswerCheck,
			CertificatePolicies policies,
			JsonMapper json,
			MessageSource messages,
			MeterRegistry meters) {
	// @formatter:on
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

			SubmissionOutcome outcome;
			if (submission.certificates().blocks(policy)) {
				outcome = blocked(tenant, submission);
			}
			else {
				outcome = send(tenant, submission, correlationId);
			}
			recordDuration(tenant, submission.operation(), outcome);

			complete(historyId, outcome);
			return new SubmissionResult(historyId, outcome);
		}
		finally {
			MDC.remove("correlationId");
		}
	}

	private long recordPending(Tenant tenant, PreparedSubmission submission, SignedInPerson person,
			String correlationId, CertificatePolicy policy) {
		Submitter submitter = submitter(person);
		CertificateReport report = submission.certificates();
		boolean checked = report.storesUsed();
		String findings = checked ? findingsJson(report) : null;
		String policyName = checked ? policy.name() : null;
		try {
			// @formatter:off
			return this.history.recordPending(new NewSubmission(
					person.username(),
					tenant.id(),
					tenant.name(),
					submission.operation(),
					submission.virtualHost(),
					submission.virtualHostId(),
					submission.url(),
					submission.json(),
					submission.beforeState(),
					correlationId,
					submitter,
					tenant.team(),
					findings,
					policyName));
			// @formatter:on
		}
		catch (DataAccessException ex) {
			logger.error(NOT_RECORDED, submission.operation(), tenant.id(), ex);
			throw new SubmissionNotRecordedException(ex);
		}
	}

	private String findingsJson(CertificateReport report) {
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

	private static Submitter submitter(SignedInPerson person) {
		return new Submitter(person.subject(), person.displayName(), person.email());
	}

	private SubmissionOutcome blocked(Tenant tenant, PreparedSubmission submission) {
		List<CertificateFinding> findings = submission.certificates().findings();
		long failing = findings.stream().filter(CertificateFinding::failing).count();
		String host = submission.virtualHost();
		logger.info(BLOCKED, submission.operation(), host, tenant.id(), failing);

		String message = message("review.certificates.blocked.recorded", failing);
		HistoryStatus status = HistoryStatus.FAILED;
		return new SubmissionOutcome(status, null, null, null, BLOCKED_CODE, message, 0, null);
	}

	private SubmissionOutcome send(Tenant tenant, PreparedSubmission request, String correlation) {
		long started = System.nanoTime();
		try {
			VirtualHostAnswer answer = this.client.send(tenant, request.json(), correlation);
			Operation operation = request.operation();
			HistoryStatus status = answer.confirms(operation) ? HistoryStatus.SUCCEEDED
					: this.unconfirmedAnswerCheck.statusOf(tenant, operation, answer);
			// @formatter:off
			return new SubmissionOutcome(
					status,
					answer.httpStatus(),
					answer.virtualHostId(),
					answer.body(),
					null,
					null,
					millisSince(started),
					null);
			// @formatter:on
		}
		catch (ApimErrorException ex) {
			// @formatter:off
			return new SubmissionOutcome(
					statusAfter(ex),
					ex.getStatus(),
					null,
					ex.getBody(),
					ex.getCode(),
					ex.getMessage(),
					millisSince(started),
					ex.kind().name());
			// @formatter:on
		}
		catch (ApimException ex) {
			// @formatter:off
			return new SubmissionOutcome(
					statusAfter(ex),
					null,
					null,
					null,
					ex.kind().name(),
					ex.getMessage(),
					millisSince(started),
					ex.kind().name());
			// @formatter:on
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
			logger.error(NOT_COMPLETED, historyId, outcome.status(), ex);
		}
	}

	private void recordDuration(Tenant tenant, Operation operation, SubmissionOutcome outcome) {
		Timer.builder("portal.submissions")
			.description("Virtual host requests sent to API Management, until their answer")
			.tag("tenant", tenant.id())
			.tag("operation", operation.name())
			.tag("outcome", outcome.status().name())
			.publishPercentileHistogram()
			.register(this.meters)
			.record(Duration.ofMillis(outcome.durationMillis()));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
