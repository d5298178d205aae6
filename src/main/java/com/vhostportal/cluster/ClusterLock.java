package com.vhostportal.cluster;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs periodic work on one instance at a time. Each job has a row in
 * {@code scheduler_lock}; an instance runs the job only if it can take the row's lease in
 * one conditional UPDATE, which the database serializes across instances. A lease that a
 * crashed instance never released runs out by itself.
 */
@Component
public class ClusterLock {

	private static final Logger logger = LoggerFactory.getLogger(ClusterLock.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String instance;

	public ClusterLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
	}

	/**
	 * Runs a job if no other instance runs it.
	 * @param job the job's name
	 * @param lease how long the job may take at most; another instance may start it after
	 * @param work the job
	 * @return whether this instance ran it
	 */
	public boolean runExclusively(String job, Duration lease, Runnable work) {
		if (!acquire(job, lease)) {
			logger.debug("Job {} runs on another instance; skipped here", job);
			return false;
		}
		try {
			work.run();
			return true;
		}
		finally {
			release(job);
		}
	}

	private boolean acquire(String job, Duration lease) {
		OffsetDateTime now = now();
		createRowIfAbsent(job, now);
		int taken = this.jdbc.sql("""
				UPDATE scheduler_lock SET locked_until = :until, locked_by = :instance
				WHERE name = :name AND locked_until <= :now
				""")
			.param("until", now.plus(lease))
			.param("instance", this.instance)
			.param("name", job)
			.param("now", now)
			.update();
		return taken == 1;
	}

	private void createRowIfAbsent(String job, OffsetDateTime now) {
		try {
			this.jdbc.sql("""
					INSERT INTO scheduler_lock (name, locked_until, locked_by)
					VALUES (:name, :now, '-')
					""").param("name", job).param("now", now.minusSeconds(1)).update();
		}
		catch (DuplicateKeyException ex) {
			// Another instance, or an earlier run, created it: the usual case.
		}
	}

	private void release(String job) {
		JdbcClient.StatementSpec unlock = this.jdbc.sql("""
				UPDATE scheduler_lock SET locked_until = :now
				WHERE name = :name AND locked_by = :instance
				""");
		unlock.param("now", now()).param("name", job).param("instance", this.instance).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
