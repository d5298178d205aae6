package com.vhostportal.history;

import java.util.List;
import java.util.function.Function;

import com.vhostportal.apim.Operation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@JdbcTest
@ActiveProfiles("test")
@Import({ HistoryRepository.class, AuditChain.class, AuditKeys.class })
@EnableConfigurationProperties(AuditProperties.class)
class HistoryRepositoryTests {

	private static final String REQUEST_URL = """
			https://apim.example.com/apiportal/operations/1.0/\
			Configuration.svc/VirtualHostRequests""";

	private static final Submitter ADA = new Submitter("demo:ada", "Ada", "ada@example.com");

	@Autowired
	private HistoryRepository history;

	@Test
	void recordPendingWhenNewThenStoredAsPendingWithEverythingGiven() {
		long id = this.history.recordPending(submission("prod-apis"));

		HistoryRecord record = this.history.find(id).orElseThrow();

		assertThat(record.status()).isEqualTo(HistoryStatus.PENDING);
		assertThat(record.username()).isEqualTo("ada");
		assertThat(record.tenantId()).isEqualTo("acme");
		assertThat(record.operation()).isEqualTo(Operation.CREATE);
		assertThat(record.requestBody()).isEqualTo("{\"virtualHostUrl\":\"prod-apis\"}");
		assertThat(record.correlationId()).isEqualTo("corr-1");
		assertThat(record.person()).isEqualTo(ADA);
		assertThat(record.team()).isEqualTo("platform");
		assertThat(record.createdAt()).isNotNull();
		assertThat(record.completedAt()).isNull();
	}

	@Test
	void completeWhenPendingThenOutcomeStored() {
		long id = this.history.recordPending(submission("prod-apis"));

		// @formatter:off
		SubmissionOutcome outcome = new SubmissionOutcome(HistoryStatus.SUCCEEDED, 201, "vh-1",
				"{\"d\":{}}", null, null, 42, null);
		// @formatter:on
		this.history.complete(id, outcome);

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.httpStatus()).isEqualTo(201);
		assertThat(record.virtualHostId()).isEqualTo("vh-1");
		assertThat(record.responseBody()).isEqualTo("{\"d\":{}}");
		assertThat(record.durationMillis()).isEqualTo(42L);
		assertThat(record.completedAt()).isNotNull();
	}

	@Test
	void completeWhenAlreadyCompletedThenRefusedAndRecordUnchanged() {
		long id = this.history.recordPending(submission("prod-apis"));
		// @formatter:off
		SubmissionOutcome failed = new SubmissionOutcome(HistoryStatus.FAILED, 400, null, "{}",
				"VHR_X", "no", 5, null);
		SubmissionOutcome second = new SubmissionOutcome(HistoryStatus.SUCCEEDED, 201, null, "{}",
				null, null, 1, null);
		// @formatter:on
		this.history.complete(id, failed);

		assertThatIllegalStateException().isThrownBy(() -> this.history.complete(id, second));
		assertThat(this.history.find(id).orElseThrow().status()).isEqualTo(HistoryStatus.FAILED);
	}

	@Test
	void completeWhenAnswerIsHugeThenKeptTruncated() {
		long id = this.history.recordPending(submission("prod-apis"));

		String huge = "x".repeat(200_000);
		// @formatter:off
		SubmissionOutcome outcome = new SubmissionOutcome(HistoryStatus.FAILED, 502, null,
				huge, null, "bad gateway", 5, null);
		// @formatter:on
		this.history.complete(id, outcome);

		assertThat(this.history.find(id).orElseThrow().responseBody()).hasSize(64 * 1024);
	}

	@Test
	void pageWhenMoreRecordsThanPageSizeThenNewestFirstAcrossPages() {
		for (int i = 0; i < 5; i++) {
			this.history.recordPending(submission("host-" + i));
		}

		List<HistoryRecord> first = this.history.page(null, 2);
		List<HistoryRecord> second = this.history.page(first.get(1).id(), 2);
		List<HistoryRecord> third = this.history.page(second.get(1).id(), 2);

		Function<HistoryRecord, String> host = HistoryRecord::virtualHost;
		assertThat(first).extracting(host).containsExactly("host-4", "host-3");
		assertThat(second).extracting(host).containsExactly("host-2", "host-1");
		assertThat(third).extracting(host).containsExactly("host-0");
	}

	private static NewSubmission submission(String host) {
		String body = "{\"virtualHostUrl\":\"" + host + "\"}";
		// @formatter:off
		return new NewSubmission("ada", "acme", "ACME", Operation.CREATE, host, null, REQUEST_URL,
				body, null, "corr-1", ADA, "platform");
		// @formatter:on
	}

}
