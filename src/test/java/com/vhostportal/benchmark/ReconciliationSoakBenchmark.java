package com.vhostportal.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vhostportal.support.PortalBrowser;
import com.vhostportal.support.ScriptedApim;
import com.vhostportal.support.ScriptedApim.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak test of the failure handling; run it with {@code ./mvnw -Pbenchmark test}. Sends
 * 10,000 creates through the portal, from four signed-in users at once, to an API
 * Management that fails 5 % of the writes with a 500 and answers another 5 % only after
 * the response timeout (the change is made, the answer lost). Afterwards the scheduled
 * reconciliation must have settled every UNCONFIRMED record; every submission must have
 * exactly one completed record, and the server must have seen each write once. Prints
 * throughput and latency percentiles; asserts no duration.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = """
		portal.apim.response-timeout=300ms
		portal.reconciliation.scheduled=true
		portal.reconciliation.interval=1s
		portal.reconciliation.delay=0s
		portal.reconciliation.settle-time=0s
		portal.reconciliation.batch-size=1000
		logging.file.name=target/benchmark/soak.log
		logging.threshold.console=warn
		""")
@ActiveProfiles("test")
@DirtiesContext
class ReconciliationSoakBenchmark {

	private static final int SUBMISSIONS = 10_000;

	private static final int USERS = 4;

	private static final Pattern HISTORY_LINK = Pattern.compile("href=\"/history/(\\d+)\"");

	private static final String OPEN_RECORDS = """
			SELECT COUNT(*) FROM history_record WHERE status IN ('PENDING', 'UNCONFIRMED')""";

	private static final String DISTINCT_HOSTS = """
			SELECT COUNT(DISTINCT virtual_host) FROM history_record""";

	private static final String RECONCILED = """
			SELECT COUNT(*) FROM history_record WHERE reconciled_at IS NOT NULL""";

	private static final String SENT = """
			Soak: %d submissions by %d users in %.1f s (%.0f submissions/s, form and send)""";

	private static final String OUTCOME = """
			%d answered 500, %d answers lost, %d reconciled; \
			all settled %.1f s after the last send""";

	private static final String LATENCY = "Send latency: median %s, p90 %s, p99 %s, max %s";

	private static final String MACHINE = "%d processors, Java %s, max heap %d MB";

	private static final ScriptedApim apim = ScriptedApim.start(Duration.ofSeconds(1));

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void tenants(DynamicPropertyRegistry registry) {
		apim.registerTenant(registry, 0, "soak");
	}

	@AfterAll
	static void stop() {
		apim.close();
	}

	@Test
	void submitWhenTenPercentFailOrLoseAnswerThenRecordedOnceSettledSentOnce() throws Exception {
		Random random = new Random(42);
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger lost = new AtomicInteger();
		apim.faultPolicy(() -> fault(random, refused, lost));
		User[] users = signIn();

		long started = System.nanoTime();
		runAll(users);
		Duration sending = Duration.ofNanos(System.nanoTime() - started);
		Duration settling = awaitSettled();

		Timings sends = new Timings();
		for (User user : users) {
			sends.addAll(user.sends);
		}
		assertEverySubmissionRecordedOnceAndSentOnce(users, refused.get());
		print(sends, sending, settling, refused.get(), lost.get());
	}

	// @formatter:off
	private static synchronized Fault fault(
			Random random,
			AtomicInteger refused,
			AtomicInteger lost) {
	// @formatter:on
		double draw = random.nextDouble();
		if (draw < 0.05) {
			refused.incrementAndGet();
			return Fault.SERVER_ERROR;
		}
		if (draw < 0.10) {
			lost.incrementAndGet();
			return Fault.LOST_ANSWER;
		}
		return Fault.NONE;
	}

	private User[] signIn() throws Exception {
		User[] users = new User[USERS];
		URI portal = URI.create("http://localhost:" + this.port);
		for (int i = 0; i < USERS; i++) {
			PortalBrowser browser = PortalBrowser.signIn(portal, "admin", "admin");
			users[i] = new User(browser, "soak-" + i + "-");
		}
		return users;
	}

	private static void runAll(User[] users) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(USERS);
		try {
			List<Future<Object>> running = new ArrayList<>();
			for (User user : users) {
				running.add(threads.submit(() -> user.submit(SUBMISSIONS / USERS)));
			}
			for (Future<Object> user : running) {
				user.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Duration awaitSettled() throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + Duration.ofMinutes(2).toNanos();
		while (openRecords() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private long openRecords() {
		return this.jdbc.sql(OPEN_RECORDS).query(Long.class).single();
	}

	private void assertEverySubmissionRecordedOnceAndSentOnce(User[] users, int refused) {
		List<Long> shown = new ArrayList<>();
		for (User user : users) {
			shown.addAll(user.historyIds);
		}
		String description = "history records shown to the users";
		assertThat(shown).as(description).hasSize(SUBMISSIONS).doesNotHaveDuplicates();
		Map<String, Long> byStatus = new TreeMap<>();
		this.jdbc.sql("SELECT status, COUNT(*) AS n FROM history_record GROUP BY status")
			.query((rs, row) -> byStatus.put(rs.getString("status"), rs.getLong("n")))
			.list();
		assertThat(byStatus).as("records by status").containsOnlyKeys("SUCCEEDED", "FAILED");
		assertThat(byStatus.get("FAILED")).as("FAILED records, one per 500").isEqualTo(refused);
		assertThat(byStatus.get("SUCCEEDED") + byStatus.get("FAILED")).isEqualTo(SUBMISSIONS);
		Long distinctHosts = this.jdbc.sql(DISTINCT_HOSTS).query(Long.class).single();
		assertThat(distinctHosts).as("one record per submission").isEqualTo(SUBMISSIONS);
		assertThat(apim.writes()).as("writes received").isEqualTo(SUBMISSIONS);
		assertThat(apim.duplicates()).as("writes received twice").isEmpty();
		long hosts = apim.hosts().size();
		assertThat(hosts).as("hosts created").isEqualTo(byStatus.get("SUCCEEDED"));
	}

	private void print(Timings sends, Duration sending, Duration settling, int refused, int lost) {
		Long reconciled = this.jdbc.sql(RECONCILED).query(Long.class).single();
		double seconds = sending.toMillis() / 1000.0;
		double perSecond = SUBMISSIONS / seconds;
		String sent = line(SENT, SUBMISSIONS, USERS, seconds, perSecond);
		double settled = settling.toMillis() / 1000.0;
		String outcome = line(OUTCOME, refused, lost, reconciled, settled);
		System.out.println(sent + ", " + outcome);
		System.out.println(latency(sends));
		System.out.println(machine());
	}

	private static String latency(Timings sends) {
		String median = millis(sends.median());
		String p90 = millis(sends.p90());
		String p99 = millis(sends.p99());
		return line(LATENCY, median, p90, p99, millis(sends.max()));
	}

	private static String machine() {
		Runtime runtime = Runtime.getRuntime();
		int processors = runtime.availableProcessors();
		long maxHeapMb = runtime.maxMemory() / (1024 * 1024);
		return line(MACHINE, processors, Runtime.version(), maxHeapMb);
	}

	private static String line(String format, Object... arguments) {
		return String.format(Locale.ROOT, format, arguments);
	}

	private static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000.0);
	}

	/**
	 * One signed-in user submitting creates one after another.
	 */
	private static final class User {

		private final PortalBrowser browser;

		private final String aliasPrefix;

		private final Timings sends = new Timings();

		private final List<Long> historyIds = new ArrayList<>();

		private User(PortalBrowser browser, String aliasPrefix) {
			this.browser = browser;
			this.aliasPrefix = aliasPrefix;
		}

		Object submit(int times) throws Exception {
			for (int i = 0; i < times; i++) {
				String alias = this.aliasPrefix + i;
				HttpResponse<String> form = this.browser.postCreateForm("soak", alias);
				URI review = this.browser.reviewPageOf(form);
				HttpResponse<String> sent = this.sends.time(() -> this.browser.send(review));
				this.historyIds.add(historyIdOf(sent));
			}
			return null;
		}

		// A refused write shows the form again, linking to its history record.
		private static long historyIdOf(HttpResponse<String> sent) {
			if (sent.statusCode() != 200) {
				return PortalBrowser.historyIdOf(sent);
			}
			Matcher link = HISTORY_LINK.matcher(sent.body());
			assertThat(link.find()).as("link to the history record on the form").isTrue();
			return Long.parseLong(link.group(1));
		}

	}

}
