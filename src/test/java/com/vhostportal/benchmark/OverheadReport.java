package com.vhostportal.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a run, as text: each kind of call, the time the portal adds over a
 * direct POST, and whether the goal was met. The goal is reported, never asserted: speed
 * depends on the machine.
 *
 * @param portal the confirmed review pages
 * @param direct the direct POSTs
 * @param createForm the create forms posted before each review page
 * @param warmUp the number of calls of each kind made before measuring
 * @param goal the largest median the portal may add
 * @param setting how the portal ran, one line each
 */
// @formatter:off
record OverheadReport(
		Timings portal,
		Timings direct,
		Timings createForm,
		int warmUp,
		Duration goal,
		List<String> setting) {
// @formatter:on

	private static final String ROW = "%-34s %9s %9s %9s %9s";

	private static final String TITLE = """
			=== Submission overhead: through the portal vs. a direct POST to the sandbox ===""";

	private static final String RUNS = """
			N = %d of each, interleaved (portal, direct, ...), after %d warm-up of each""";

	private static final String GOAL = "Goal: median added < %d ms: %s (%s ms)";

	/**
	 * Returns the report, one line per entry.
	 * @return the lines
	 */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(TITLE);
		lines.add(String.format(Locale.ROOT, RUNS, this.portal.count(), this.warmUp));
		this.setting.forEach((line) -> lines.add("Setting: " + line));
		lines.add(row("in ms, nearest-rank percentiles", "median", "p90", "p99", "max"));
		lines.add(row("portal submission (review POST)", this.portal));
		lines.add(row("direct POST (VirtualHostRequests)", this.direct));
		lines.add(row("added by the portal", millis(addedMedian()), "", millis(addedP99()), ""));
		lines.add(String.format(Locale.ROOT, "%-34s %9.2f", "ratio portal / direct (median)",
				(double) this.portal.median() / this.direct.median()));
		lines.add(row("for information: create form POST", this.createForm));
		long goalMillis = this.goal.toMillis();
		String verdict = goalMet() ? "met" : "not met";
		lines.add(String.format(Locale.ROOT, GOAL, goalMillis, verdict, millis(addedMedian())));
		return lines;
	}

	private long addedMedian() {
		return this.portal.median() - this.direct.median();
	}

	private long addedP99() {
		return this.portal.p99() - this.direct.p99();
	}

	private boolean goalMet() {
		return addedMedian() < this.goal.toNanos();
	}

	private static String row(String label, Timings timings) {
		return row(label, millis(timings.median()), millis(timings.p90()), millis(timings.p99()),
				millis(timings.max()));
	}

	private static String row(String label, String median, String p90, String p99, String max) {
		return String.format(Locale.ROOT, ROW, label, median, p90, p99, max);
	}

	private static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
	}

}
