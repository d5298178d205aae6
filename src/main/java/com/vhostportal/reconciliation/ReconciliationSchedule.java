package com.vhostportal.reconciliation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reconciliation of open records on its own, every
 * {@code portal.reconciliation.interval}. Kept to one small method so the run can later
 * be guarded to one instance at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.reconciliation.scheduled", matchIfMissing = true)
class ReconciliationSchedule {

	private final Reconciler reconciler;

	ReconciliationSchedule(Reconciler reconciler) {
		this.reconciler = reconciler;
	}

	@Scheduled(initialDelayString = "${portal.reconciliation.interval:60s}",
			fixedDelayString = "${portal.reconciliation.interval:60s}")
	void reconcileDue() {
		this.reconciler.reconcileDue();
	}

}
