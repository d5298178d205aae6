package com.vhostportal.benchmark;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.vhostportal.history.AuditHistorySeeder;
import com.vhostportal.history.AuditKeys;
import com.vhostportal.history.AuditVerification;
import com.vhostportal.history.AuditVerifier;
import com.vhostportal.support.PortalBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.DEFINED_PORT;

/**
 * Seeds a million history records, signed into the audit chain as the portal signs them,
 * and measures in one run what an auditor waits for: the first page of the history, a
 * filtered page (user, outcome and a date range), a page deep in the results, the CSV
 * export of every record and the verification of the whole chain. Pages and the export
 * are fetched over HTTP as the demo auditor; verification runs what the verify page and
 * {@code verify-audit} run. Each figure is printed next to a baseline measured in the
 * same run: a record's detail page (a primary-key lookup through the same stack) for
 * pages, and a plain JDBC read of the same rows for the export and the verification. Only
 * correctness is asserted, never a duration.
 * <p>
 * Run with {@code ./mvnw -Pbenchmark test -Dtest='*AuditHistoryBenchmark'}; the number of
 * records can be lowered with {@code -Dbenchmark.records=100000}.
 */
@SpringBootTest(webEnvironment = DEFINED_PORT, properties = "logging.threshold.console=warn")
@DirtiesContext
abstract class AuditHistoryBenchmarkRun {

	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	private static final int RECORDS = Integer.getInteger("benchmark.records", 1_000_000);

	private static final OffsetDateTime FIRST = OffsetDateTime.parse("2024-12-01T00:00:00Z");

	private static final Duration PERIOD = Duration.ofDays(730);

	private static final int WARM_UP = 200;

	private static final int MEASURED = 500;

	private static final Duration PAGE_GOAL = Duration.ofMillis(50);

	private static final long EXPORT_GOAL_ROWS_PER_SECOND = 100_000;

	private static final long HEAP_GOAL_MB = 64;

	private static final Duration VERIFY_GOAL = Duration.ofSeconds(30);

	private static final Pattern RECORD_ROW = Pattern.compile("data-record=\"(\\d+)\"");

	private static final String[] SPRING_2025 = { "2025-03-01", "2025-05-31" };

	private static final String[] AUTUMN_2025 = { "2025-09-01", "2025-11-30" };

	private static final String[] SUMMER_2026 = { "2026-06-01", "2026-08-31" };

	private static final String[][] RANGES = { SPRING_2025, AUTUMN_2025, SUMMER_2026 };

	private static final String SEEDED = """
			Audit history benchmark on %s: %,d records seeded in %.1f s""";

	private static final String PAGES = """
			pages, %d of each as the auditor over HTTP, in turns after %d warm-up rounds:""";

	private static final String PAGE_RATIOS = """
			  p95 against baseline p95: first %.2f, filtered %.2f, deep %.2f; \
			goal p95 < %d ms: %s""";

	private static final String EXPORT = """
			CSV export of all %,d records over HTTP: %.1f s, %,d rows/s, %,d MB; \
			goal >= %,d rows/s: %s""";

	private static final String EXPORT_BASELINE = """
			  baseline: plain JDBC read of every column, newest first: %.1f s, %,d rows/s; \
			export/baseline %.2f""";

	private static final String HEAP = """
			  heap: live growth %d MB over %d collections; goal < %d MB: %s \
			(highest use sampled, garbage included: +%d MB)""";

	private static final String VERIFICATION = """
			verification of the whole chain: %.1f s, %,d records/s, intact; goal < %d s: %s""";

	private static final String VERIFICATION_BASELINE = """
			  baseline: plain JDBC read of every column in chain order: %.1f s; \
			verification/baseline %.2f""";

	private static final String SETTING = "setting: %d processors, Java %s, max heap %d MB";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AuditKeys keys;

	@Autowired
	private AuditVerifier verifier;

	@Autowired
	private PlatformTransactionManager transactions;

	/**
	 * Names the database for the report.
	 * @return a short description
	 */
	abstract String database();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Test
	void auditHistoryWhenMillionRecordsThenPrintsPagesExportAndVerification() throws Exception {
		long seedStarted = System.nanoTime();
		new AuditHistorySeeder(this.dataSource, this.keys).seed(RECORDS, FIRST, PERIOD);
		long seedNanos = System.nanoTime() - seedStarted;
		URI portal = URI.create("http://localhost:" + PORT);
		PortalBrowser auditor = PortalBrowser.signIn(portal, "auditor", "auditor", "/history");

		new Pages(auditor).run(WARM_UP);
		Pages pages = new Pages(auditor);
		pages.run(MEASURED);
		Export export = exportCsv(auditor);
		Rate rawRead = readEveryRow("ORDER BY id DESC");
		Rate verification = verify();
		Rate rawChain = readEveryRow("ORDER BY chain_seq");

		List<String> report = new ArrayList<>();
		report.add(line(SEEDED, database(), RECORDS, seedNanos / 1e9));
		report.add(line(PAGES, MEASURED, WARM_UP));
		report.add(line("  %-44s %9s %9s %9s", "", "median", "p95", "p99"));
		report.add(pageLine("first page", pages.first));
		report.add(pageLine("filtered: user + outcome + 3-month range", pages.filtered));
		report.add(pageLine("deep: 95% into the results", pages.deep));
		report.add(pageLine("baseline: one record's page (primary key)", pages.detail));
		report.add(pageRatios(pages));
		report.add(exportLine(export));
		report.add(exportBaseline(export, rawRead));
		report.add(heapLine(export));
		report.add(verificationLine(verification));
		report.add(verificationBaseline(verification, rawChain));
		report.add(setting());
		report.forEach(System.out::println);
	}

	private Export exportCsv(PortalBrowser auditor) throws Exception {
		long bytes = 0;
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		long started = System.nanoTime();
		try (HeapWatch heap = HeapWatch.start()) {
			HttpResponse<InputStream> answer = auditor.download("/history/export.csv");
			assertThat(answer.statusCode()).isEqualTo(200);
			try (InputStream body = answer.body()) {
				for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
					bytes += read;
					lines += newlines(buffer, read);
				}
			}
			long nanos = System.nanoTime() - started;
			// The seeded values hold no line breaks: one line per record after the
			// header.
			assertThat(lines - 1).as("records exported").isEqualTo(RECORDS);
			Rate rate = new Rate(RECORDS, nanos);
			long liveGrowthMb = heap.liveGrowthMb();
			long peakGrowthMb = heap.peakGrowthMb();
			return new Export(rate, bytes, liveGrowthMb, peakGrowthMb, heap.collections());
		}
	}

	private Rate verify() {
		long started = System.nanoTime();
		AuditVerification result = this.verifier.verify();
		long nanos = System.nanoTime() - started;

		assertThat(result.intact()).as("%s", result).isTrue();
		assertThat(result.checked()).isEqualTo(RECORDS);
		return new Rate(RECORDS, nanos);
	}

	// As the export and the verifier read: streamed in a read-only transaction, every
	// column fetched, nothing formatted or signed.
	private Rate readEveryRow(String order) {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.setFetchSize(500);
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		long[] rows = new long[1];
		long[] characters = new long[1];
		String sql = "SELECT * FROM history_record " + order;
		RowCallbackHandler counter = (row) -> {
			int columns = row.getMetaData().getColumnCount();
			for (int column = 1; column <= columns; column++) {
				String value = row.getString(column);
				characters[0] += (value != null) ? value.length() : 0;
			}
			rows[0]++;
		};

		long started = System.nanoTime();
		readOnly.executeWithoutResult((status) -> jdbc.query(sql, counter));
		long nanos = System.nanoTime() - started;

		assertThat(rows[0]).isEqualTo(RECORDS);
		assertThat(characters[0]).isPositive();
		return new Rate(rows[0], nanos);
	}

	private static int newlines(byte[] buffer, int length) {
		int count = 0;
		for (int i = 0; i < length; i++) {
			if (buffer[i] == '\n') {
				count++;
			}
		}
		return count;
	}

	private static String pageLine(String name, Timings timings) {
		double median = timings.median() / 1e6;
		double p95 = timings.percentile(95) / 1e6;
		double p99 = timings.p99() / 1e6;
		return line("  %-44s %6.1f ms %6.1f ms %6.1f ms", name, median, p95, p99);
	}

	private static String pageRatios(Pages pages) {
		double first = ratio(pages.first, pages.detail);
		double filtered = ratio(pages.filtered, pages.detail);
		double deep = ratio(pages.deep, pages.detail);
		String verdict = met(pages.worstP95() < PAGE_GOAL.toNanos());
		return line(PAGE_RATIOS, first, filtered, deep, PAGE_GOAL.toMillis(), verdict);
	}

	private static String exportLine(Export export) {
		Rate rate = export.rate;
		long sizeMb = export.bytes / (1024 * 1024);
		long goal = EXPORT_GOAL_ROWS_PER_SECOND;
		String verdict = met(rate.perSecond() >= goal);
		return line(EXPORT, rate.rows, rate.seconds(), rate.perSecond(), sizeMb, goal, verdict);
	}

	private static String exportBaseline(Export export, Rate rawRead) {
		double versusBaseline = (double) export.rate.perSecond() / rawRead.perSecond();
		return line(EXPORT_BASELINE, rawRead.seconds(), rawRead.perSecond(), versusBaseline);
	}

	private static String heapLine(Export export) {
		long live = export.liveGrowthMb;
		String verdict = met(live < HEAP_GOAL_MB);
		return line(HEAP, live, export.collections, HEAP_GOAL_MB, verdict, export.peakGrowthMb);
	}

	private static String verificationLine(Rate verification) {
		long goal = VERIFY_GOAL.toSeconds();
		String verdict = met(verification.nanos < VERIFY_GOAL.toNanos());
		return line(VERIFICATION, verification.seconds(), verification.perSecond(), goal, verdict);
	}

	private static String verificationBaseline(Rate verification, Rate rawChain) {
		double versusBaseline = (double) verification.nanos / rawChain.nanos;
		return line(VERIFICATION_BASELINE, rawChain.seconds(), versusBaseline);
	}

	private static String setting() {
		Runtime runtime = Runtime.getRuntime();
		int processors = runtime.availableProcessors();
		long maxHeapMb = runtime.maxMemory() / (1024 * 1024);
		return line(SETTING, processors, Runtime.version(), maxHeapMb);
	}

	private static double ratio(Timings page, Timings baseline) {
		return (double) page.percentile(95) / baseline.percentile(95);
	}

	private static String met(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static String line(String format, Object... arguments) {
		return String.format(Locale.ROOT, format, arguments);
	}

	/**
	 * The four pages, fetched in turns so that each meets the same state of the machine.
	 * Each round varies the user, the date range and the place deep in the results, and
	 * checks that the page shows the records it should.
	 */
	private static final class Pages {

		private final PortalBrowser auditor;

		private final Timings first = new Timings();

		private final Timings filtered = new Timings();

		private final Timings deep = new Timings();

		private final Timings detail = new Timings();

		private Pages(PortalBrowser auditor) {
			this.auditor = auditor;
		}

		void run(int rounds) throws Exception {
			for (int round = 0; round < rounds; round++) {
				List<Long> newest = ids(this.first.time(() -> this.auditor.get("/history")));
				assertThat(newest).hasSize(25).startsWith((long) RECORDS);

				String[] range = RANGES[round % RANGES.length];
				String query = "/history?user=%s&outcome=FAILED&from=%s&to=%s"
					.formatted(AuditHistorySeeder.user(round % 10), range[0], range[1]);
				assertThat(ids(this.filtered.time(() -> this.auditor.get(query)))).isNotEmpty();

				long before = RECORDS / 20 + (round % 50) * 7L;
				String deepPage = "/history?before=" + before;
				List<Long> older = ids(this.deep.time(() -> this.auditor.get(deepPage)));
				assertThat(older).hasSize(25).startsWith(before - 1);

				long id = 1 + (round * 1999L) % RECORDS;
				String detailPage = "/history/" + id;
				HttpResponse<String> record = this.detail.time(() -> this.auditor.get(detailPage));
				assertThat(record.statusCode()).isEqualTo(200);
			}
		}

		long worstP95() {
			return Math.max(this.first.percentile(95),
					Math.max(this.filtered.percentile(95), this.deep.percentile(95)));
		}

		private static List<Long> ids(HttpResponse<String> page) {
			assertThat(page.statusCode()).as("status of %s", page.uri()).isEqualTo(200);
			List<Long> ids = new ArrayList<>();
			Matcher row = RECORD_ROW.matcher(page.body());
			while (row.find()) {
				ids.add(Long.parseLong(row.group(1)));
			}
			return ids;
		}

	}

	private record Rate(long rows, long nanos) {

		double seconds() {
			return this.nanos / 1e9;
		}

		long perSecond() {
			return Math.round(this.rows / seconds());
		}

	}

	// @formatter:off
	private record Export(
			Rate rate,
			long bytes,
			long liveGrowthMb,
			long peakGrowthMb,
			long collections) {
	// @formatter:on

	}

}
