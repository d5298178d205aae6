package com.vhostportal.reconciliation;

import java.time.Duration;

import com.vhostportal.cluster.ClusterLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reconciliation of open records on its own, every
 * {@code portal.reconciliation.interval}, on one instance at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.reconciliation.scheduled", matchIfMissing = true)
class ReconciliationSchedule {

	// Long enough for a run over a slow tenant; a crashed holder's lease runs out after
	// it.
	private static final Duration LEASE = Duration.ofMinutes(10);

	private final Reconciler reconciler;

	private final ClusterLock lock;

	ReconciliationSchedule(Reconciler reconciler, ClusterLock lock) {
		this.reconciler = reconciler;
		this.lock = lock;
	}

	@Scheduled(initialDelayString = "${portal.reconciliation.interval:60s}",
			fixedDelayString = "${portal.reconciliation.interval:60s}")
	void reconcileDue() {
		this.lock.runExclusively("reconciliation", LEASE, this.reconciler::reconcileDue);
	}

}
