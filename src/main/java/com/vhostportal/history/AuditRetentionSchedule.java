package com.vhostportal.history;

import java.time.Duration;

import com.vhostportal.cluster.ClusterLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies {@code portal.audit.retention} every hour, on one instance at a time; only when
 * a retention period is set.
 */
@Component
@ConditionalOnProperty(name = "portal.audit.retention")
class AuditRetentionSchedule {

	private static final Duration LEASE = Duration.ofMinutes(30);

	private final AuditRetention retention;

	private final ClusterLock lock;

	AuditRetentionSchedule(AuditRetention retention, ClusterLock lock) {
		this.retention = retention;
		this.lock = lock;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void purgeDue() {
		this.lock.runExclusively("audit-retention", LEASE, this.retention::purge);
	}

}
