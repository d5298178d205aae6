package com.vhostportal.reconciliation;

import java.time.Clock;
import java.time.Duration;

import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.Operation;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.history.NewSubmission;
import com.vhostportal.history.Submitter;
import com.vhostportal.history.SubmissionOutcome;
import com.vhostportal.support.ScriptedApim;
import com.vhostportal.tenant.TenantDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settling open records from the virtual host list of a scripted API Management: how each
 * operation is matched, what a crash between sending and recording leaves behind, and
 * that a record is never declared FAILED before API Management could have finished.
 */
@SpringBootTest(properties = """
		portal.reconciliation.delay=0s
		portal.reconciliation.pending-grace=0s
		portal.reconciliation.settle-time=0s
		""")
@ActiveProfiles("test")
class ReconcilerTests {

	private static final ScriptedApim apim = ScriptedApim.start(Duration.ofSeconds(2));

	@Autowired
	private HistoryRepository history;

	@Autowired
	private Reconciler reconciler;

	@Autowired
	private StartupReconciliation startup;

	@Autowired
	private TenantDirectory tenants;

	@Autowired
	private ManagementClient management;

	@DynamicPropertySource
	static void tenants(DynamicPropertyRegistry registry) {
		apim.registerTenant(registry, 0, "scripted");
	}

	@AfterAll
	static void stop() {
		apim.close();
	}

	@Test
	void startWhenCrashLeftPendingRecordOfCreateThatTookEffectThenSettledAsSucceeded() {
		// The crash: the request reached API Management, the portal died before it
		// recorded the answer.
		long id = pending(Operation.CREATE, null, "crash-created", createBody("crash-created"));
		String hostId = apim.addHost("crash-created");

		this.startup.reconcileAfterStart();

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.virtualHostId()).isEqualTo(hostId);
		assertThat(record.completedAt()).isNotNull();
		String note = record.reconciliationNote();
		assertThat(note).startsWith("Reconciled from the virtual host list");
	}

	@Test
	void reconcileWhenCreateNotVisibleThenFailed() {
		long id = unconfirmedCreate("never-created");

		this.reconciler.reconcileDue();

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.FAILED);
		assertThat(record.reconciliationNote()).contains("No host never-created exists");
		String recorded = record.errorMessage();
		assertThat(recorded).as("what was recorded about the call stays").isEqualTo("timed out");
	}

	@Test
	void reconcileWhenUpdateFieldsMatchThenSucceededAndWhenTheyDifferThenFailed() {
		String hostId = apim.addHost("to-update");
		long matching = unconfirmedUpdate(hostId, "to-update");
		long differing = unconfirmedUpdate(hostId, "renamed");

		this.reconciler.reconcileDue();

		assertThat(status(matching)).isEqualTo(HistoryStatus.SUCCEEDED);
		HistoryRecord failed = this.history.find(differing).orElseThrow();
		assertThat(failed.status()).isEqualTo(HistoryStatus.FAILED);
		String note = failed.reconciliationNote();
		assertThat(note).contains("differs from the request in virtualHostUrl");
	}

	@Test
	void reconcileWhenDeletedIdGoneThenSucceededAndWhenStillListedThenFailed() {
		String kept = apim.addHost("still-here");
		long gone = unconfirmed(Operation.DELETE, "vh-gone", "gone", deleteBody("vh-gone"));
		long present = unconfirmed(Operation.DELETE, kept, "still-here", deleteBody(kept));

		this.reconciler.reconcileDue();

		assertThat(status(gone)).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(status(present)).isEqualTo(HistoryStatus.FAILED);
	}

	@Test
	void reconcileWhenChangeNotVisibleYetWithinSettleTimeThenStaysUnconfirmed() {
		long id = unconfirmedCreate("still-running");
		Reconciler reconciler = patientReconciler();

		Verdict verdict = reconciler.checkNow(id).orElseThrow();

		assertThat(verdict.decided()).isFalse();
		assertThat(verdict.note()).contains("may still be carrying it out");
		assertThat(status(id)).isEqualTo(HistoryStatus.UNCONFIRMED);
	}

	@Test
	void checkNowWhenRecordAlreadySettledThenUnchanged() {
		long id = pending(Operation.CREATE, null, "settled", createBody("settled"));
		this.history.complete(id, refused());

		Verdict verdict = this.reconciler.checkNow(id).orElseThrow();

		assertThat(verdict.decided()).isFalse();
		assertThat(this.history.find(id).orElseThrow().reconciledAt()).isNull();
	}

	private HistoryStatus status(long id) {
		return this.history.find(id).orElseThrow().status();
	}

	private Reconciler patientReconciler() {
		ReconciliationProperties patient = settlingWithinAnHour();
		Clock clock = Clock.systemUTC();
		return new Reconciler(this.history, this.tenants, this.management, patient, clock);
	}

	private static ReconciliationProperties settlingWithinAnHour() {
		Duration interval = Duration.ofMinutes(1);
		Duration none = Duration.ZERO;
		return new ReconciliationProperties(false, interval, none, none, Duration.ofHours(1), 100);
	}

	private long unconfirmedCreate(String alias) {
		return unconfirmed(Operation.CREATE, null, alias, createBody(alias));
	}

	private long unconfirmedUpdate(String hostId, String alias) {
		return unconfirmed(Operation.UPDATE, hostId, alias, updateBody(hostId, alias));
	}

	private long unconfirmed(Operation operation, String hostId, String host, String body) {
		long id = pending(operation, hostId, host, body);
		this.history.complete(id, timedOut());
		return id;
	}

	private long pending(Operation operation, String hostId, String host, String body) {
		Submitter ada = new Submitter("demo:ada", "ada", null);
		// @formatter:off
		NewSubmission submission = new NewSubmission("ada", "scripted", "Scripted", operation,
				host, hostId, apim.url(), body, null, "corr-" + host, ada, "platform");
		// @formatter:on
		return this.history.recordPending(submission);
	}

	private static SubmissionOutcome timedOut() {
		String kind = "RESPONSE_TIMEOUT";
		HistoryStatus status = HistoryStatus.UNCONFIRMED;
		return new SubmissionOutcome(status, null, null, null, kind, "timed out", 30_000, kind);
	}

	private static SubmissionOutcome refused() {
		return new SubmissionOutcome(HistoryStatus.FAILED, 400, null, "{}", "X", "no", 1, null);
	}

	private static String createBody(String alias) {
		return "{\"accountId\":\"scripted\",\"virtualHostUrl\":\"" + alias
				+ "\",\"isDefaultVirtualHostRequest\":false,\"operation\":\"CREATE\"}";
	}

	private static String updateBody(String id, String alias) {
		return """
				{"virtualHostId":"%s","accountId":"scripted","virtualHostUrl":"%s",\
				"isDefaultVirtualHostRequest":false,"operation":"UPDATE"}""".formatted(id, alias);
	}

	private static String deleteBody(String id) {
		return "{\"virtualHostId\":\"" + id + "\",\"operation\":\"DELETE\"}";
	}

}
