package com.vhostportal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.vhostportal.benchmark.Timings.Call;
import com.vhostportal.support.PortalBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the time the portal adds to one submission over a direct POST of the same
 * request to the same sandbox endpoint, both measured in the same run; run it with
 * {@code ./mvnw -Pbenchmark test}.
 * <p>
 * One submission through the portal is the POST that confirms a review page: the portal
 * records the history (PENDING), takes its cached token, POSTs to the built-in sandbox
 * over HTTP, completes the record and redirects to the result page. The direct POST sends
 * the same kind of body to {@code VirtualHostRequests} with a token fetched once. Both
 * are timed at the client, in turns, on the embedded default (H2 file database, demo
 * sign-in, sandbox on) with production log levels. The figures are printed; what is
 * asserted is only that every call did what it should, never a duration.
 */
// Logging starts before dynamic properties exist, so its settings are static.
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = """
		logging.threshold.console=warn
		logging.logback.rollingpolicy.max-file-size=1GB
		logging.file.name=""" + SubmissionOverheadBenchmark.LOG_FILE)
@DirtiesContext
class SubmissionOverheadBenchmark {

	static final String LOG_FILE = "target/benchmark/portal.log";

	// The log lines of each run are counted: start from an empty file, before logging
	// opens it.
	static {
		try {
			Files.deleteIfExists(Path.of(LOG_FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// After 300 rounds the JIT was still making both paths a fifth faster; by 1,000 they
	// had levelled off.
	private static final int WARM_UP = 1000;

	private static final int MEASURED = 1000;

	private static final Duration GOAL = Duration.ofMillis(5);

	private static final String TENANT = "sandbox";

	private static final String COUNT_RECORDS = "SELECT COUNT(*) FROM history_record";

	private static final String SUCCEEDED_IDS = """
			SELECT id FROM history_record WHERE status = 'SUCCEEDED'""";

	private static final String EMBEDDED_DEFAULT = """
			embedded default: H2 file database, demo sign-in, \
			built-in sandbox over HTTP on localhost""";

	private static final String LOG_LEVELS = """
			log levels as in production: the portal logged its %d upstream calls at info, to %s; \
			the console shows warn and above""";

	private static final String MACHINE = "%d processors, Java %s, max heap %d MB";

	// The sandbox tenant's URLs are built from server.port, so the port is chosen up
	// front.
	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	// Deleted only after the application context is closed: @DirtiesContext closes it
	// first.
	@TempDir
	static Path workDir;

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@DynamicPropertySource
	static void embeddedDefault(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + workDir.resolve("bench"));
	}

	@Test
	void submitWhenThroughPortalThenPrintsTimeAddedOverDirectPost() throws Exception {
		PortalBrowser browser = PortalBrowser.signIn(url(""), "admin", "admin");
		DirectSandboxClient direct = directClient();
		String accountId = this.environment.getRequiredProperty("portal.sandbox.account-id");
		long loggedBefore = upstreamCallsLogged();

		Rounds warmUp = new Rounds(browser, direct, accountId, "warm");
		warmUp.run(WARM_UP);
		Rounds measured = new Rounds(browser, direct, accountId, "bench");
		measured.run(MEASURED);

		assertHistoryHoldsOnlySucceeded(warmUp.historyIds, measured.historyIds);
		long logged = upstreamCallsLogged() - loggedBefore;
		assertThat(logged).as("upstream calls logged at info").isEqualTo(WARM_UP + MEASURED);
		// @formatter:off
		OverheadReport report = new OverheadReport(measured.portal, measured.direct,
				measured.createForm, WARM_UP, GOAL, setting(logged));
		// @formatter:on
		report.lines().forEach(System.out::println);
	}

	private DirectSandboxClient directClient() throws Exception {
		String sandbox = url("/sandbox/apim").toString();
		String clientId = this.environment.getRequiredProperty("portal.sandbox.write-client-id");
		String secret = this.environment.getRequiredProperty("portal.sandbox.write-client-secret");
		return DirectSandboxClient.authorize(sandbox, clientId, secret, this.json);
	}

	private void assertHistoryHoldsOnlySucceeded(Set<Long> warmUp, Set<Long> measured) {
		Set<Long> submitted = new LinkedHashSet<>(warmUp);
		submitted.addAll(measured);
		assertThat(submitted).as("distinct history records shown").hasSize(WARM_UP + MEASURED);
		long recorded = this.jdbc.sql(COUNT_RECORDS).query(Long.class).single();
		Set<Long> succeeded = this.jdbc.sql(SUCCEEDED_IDS).query(Long.class).set();
		assertThat(recorded).as("history records").isEqualTo(WARM_UP + MEASURED);
		assertThat(succeeded).as("SUCCEEDED history records").isEqualTo(submitted);
	}

	// The log file is kept between runs, so a run counts only the lines it adds.
	private static long upstreamCallsLogged() throws IOException {
		Path log = Path.of(LOG_FILE);
		if (!Files.exists(log)) {
			return 0;
		}
		try (Stream<String> lines = Files.lines(log)) {
			return lines.filter((line) -> line.contains("VirtualHostRequests for tenant")).count();
		}
	}

	private static List<String> setting(long logged) {
		Runtime runtime = Runtime.getRuntime();
		String logLevels = String.format(Locale.ROOT, LOG_LEVELS, logged, LOG_FILE);
		int processors = runtime.availableProcessors();
		long maxHeapMb = runtime.maxMemory() / (1024 * 1024);
		Runtime.Version version = Runtime.version();
		String machine = String.format(Locale.ROOT, MACHINE, processors, version, maxHeapMb);
		return List.of(EMBEDDED_DEFAULT, logLevels, machine);
	}

	private static URI url(String path) {
		return URI.create("http://localhost:" + PORT + path);
	}

	/**
	 * Submissions through the portal and direct POSTs, taken in turns so that both meet
	 * the same state of the machine, the JIT and the sandbox.
	 */
	private static final class Rounds {

		private final PortalBrowser browser;

		private final DirectSandboxClient directClient;

		private final String accountId;

		private final String aliasPrefix;

		private final Timings createForm = new Timings();

		private final Timings portal = new Timings();

		private final Timings direct = new Timings();

		private final Set<Long> historyIds = new LinkedHashSet<>();

		// @formatter:off
		private Rounds(
				PortalBrowser browser,
				DirectSandboxClient directClient,
				String accountId,
				String aliasPrefix) {
		// @formatter:on
			this.browser = browser;
			this.directClient = directClient;
			this.accountId = accountId;
			this.aliasPrefix = aliasPrefix;
		}

		void run(int times) throws Exception {
			for (int i = 0; i < times; i++) {
				submitThroughPortal(this.aliasPrefix + "-portal-" + i);
				postDirectly(this.aliasPrefix + "-direct-" + i);
			}
		}

		private void submitThroughPortal(String alias) throws Exception {
			Call<HttpResponse<String>> post = () -> this.browser.postCreateForm(TENANT, alias);
			HttpResponse<String> formAnswer = this.createForm.time(post);
			URI reviewPage = this.browser.reviewPageOf(formAnswer);

			HttpResponse<String> sent = this.portal.time(() -> this.browser.send(reviewPage));
			this.historyIds.add(PortalBrowser.historyIdOf(sent));
		}

		private void postDirectly(String alias) throws Exception {
			String body = this.directClient.createBody(this.accountId, alias);

			HttpResponse<String> answer = this.direct.time(() -> this.directClient.post(body));
			this.directClient.assertCreated(answer, alias);
		}

	}

}
