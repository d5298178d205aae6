package com.vhostportal.reconciliation;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Settles, once the portal is up, the records a crash left PENDING (and any UNCONFIRMED
 * ones that are due), so nothing stays open until the first scheduled run.
 */
@Component
class StartupReconciliation {

	private final Reconciler reconciler;

	StartupReconciliation(Reconciler reconciler) {
		this.reconciler = reconciler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reconcileAfterStart() {
		this.reconciler.reconcileDue();
	}

}
