package com.vhostportal.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ClusterLockTests {

	private static final Duration LEASE = Duration.ofMinutes(1);

	@Autowired
	private JdbcClient jdbc;

	@Test
	void runExclusivelyWhenTwoInstancesRaceThenOnlyOneRuns() throws Exception {
		ClusterLock first = new ClusterLock(this.jdbc, Clock.systemUTC());
		ClusterLock second = new ClusterLock(this.jdbc, Clock.systemUTC());
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Runnable work = () -> {
				runs.incrementAndGet();
				running.countDown();
				await(finish);
			};
			Callable<Boolean> holdLock = () -> first.runExclusively("race", LEASE, work);
			Future<Boolean> holder = executor.submit(holdLock);
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

			boolean ranOnSecond = second.runExclusively("race", LEASE, runs::incrementAndGet);

			finish.countDown();
			assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
			assertThat(ranOnSecond).isFalse();
			assertThat(runs).hasValue(1);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void runExclusivelyWhenPreviousRunReleasedThenAnotherInstanceRuns() {
		ClusterLock first = new ClusterLock(this.jdbc, Clock.systemUTC());
		ClusterLock second = new ClusterLock(this.jdbc, Clock.systemUTC());
		AtomicInteger runs = new AtomicInteger();

		first.runExclusively("sequential", LEASE, runs::incrementAndGet);
		second.runExclusively("sequential", LEASE, runs::incrementAndGet);

		assertThat(runs).hasValue(2);
	}

	@Test
	void runExclusivelyWhenHolderCrashedThenLeaseRunsOut() {
		this.jdbc
			.sql("INSERT INTO scheduler_lock (name, locked_until, locked_by) "
					+ "VALUES ('crashed', CURRENT_TIMESTAMP - INTERVAL '1' MINUTE, 'gone')")
			.update();
		AtomicInteger runs = new AtomicInteger();
		ClusterLock lock = new ClusterLock(this.jdbc, Clock.systemUTC());

		boolean ran = lock.runExclusively("crashed", LEASE, runs::incrementAndGet);

		assertThat(ran).isTrue();
		assertThat(runs).hasValue(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
