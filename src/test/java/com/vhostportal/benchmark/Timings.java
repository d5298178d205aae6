package com.vhostportal.benchmark;

import java.util.Arrays;

/**
 * The durations of one kind of call, in nanoseconds, with nearest-rank percentiles.
 */
final class Timings {

	private long[] nanos = new long[64];

	private int count;

	/**
	 * Runs a call and records how long it took, from just before the request left to the
	 * end of the answer.
	 * @param <T> the type of the call's result
	 * @param call the call
	 * @return what the call returned
	 * @throws Exception whatever the call threw; nothing is recorded then
	 */
	<T> T time(Call<T> call) throws Exception {
		long started = System.nanoTime();
		T result = call.run();
		record(System.nanoTime() - started);
		return result;
	}

	/**
	 * Adds the durations another instance recorded, such as those of another thread.
	 * @param other the other timings
	 */
	void addAll(Timings other) {
		for (int i = 0; i < other.count; i++) {
			record(other.nanos[i]);
		}
	}

	int count() {
		return this.count;
	}

	long median() {
		return percentile(50);
	}

	long p90() {
		return percentile(90);
	}

	long p99() {
		return percentile(99);
	}

	long max() {
		return percentile(100);
	}

	/**
	 * Returns the smallest recorded duration that at least the given share of all
	 * durations do not exceed.
	 * @param percent the share, from 1 to 100
	 * @return the duration in nanoseconds
	 */
	long percentile(int percent) {
		if (this.count == 0) {
			throw new IllegalStateException("No durations were recorded");
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * this.count);
		return sorted[Math.max(rank, 1) - 1];
	}

	private void record(long duration) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = duration;
	}

	/**
	 * A call to time.
	 *
	 * @param <T> the type of its result
	 */
	@FunctionalInterface
	interface Call<T> {

		T run() throws Exception;

	}

}
