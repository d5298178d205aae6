package com.vhostportal.reconciliation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Settles submissions whose outcome is open by reading the tenant's virtual hosts: a
 * change that is visible took effect (SUCCEEDED); one that is not visible once the settle
 * time has passed did not (FAILED). Nothing is ever sent again.
 */
@Component
public class Reconciler {

	private static final Logger logger = LoggerFactory.getLogger(Reconciler.class);

	private final HistoryRepository history;

	private final TenantDirectory tenants;

	private final ManagementClient management;

	private final ReconciliationProperties properties;

	private final Clock clock;

	Reconciler(HistoryRepository history, TenantDirectory tenants, ManagementClient management,
			ReconciliationProperties properties, Clock clock) {
		this.history = history;
		this.tenants = tenants;
		this.management = management;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks every record that is due: UNCONFIRMED past the delay, PENDING past the grace
	 * period.
	 * @return how many records were settled
	 */
	public int reconcileDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		List<HistoryRecord> due = this.history.dueForReconciliation(now.minus(this.properties.delay()),
				now.minus(this.properties.pendingGrace()), this.properties.batchSize());
		int settled = 0;
		for (HistoryRecord record : due) {
			if (check(record).decided()) {
				settled++;
			}
		}
		if (!due.isEmpty()) {
			logger.info("Reconciliation settled {} of {} open history records", settled, due.size());
		}
		return settled;
	}

	/**
	 * Checks one record now, whatever its age, as the "check now" button asks.
	 * @param id the record id
	 * @return what was found; undecided when the record is not open
	 */
	Optional<Verdict> checkNow(long id) {
		return this.history.find(id).map(this::check);
	}

	private Verdict check(HistoryRecord record) {
		if (!record.awaitsReconciliation()) {
			return Verdict.undecided("The record is " + record.status() + " already");
		}
		Optional<Tenant> tenant = this.tenants.find(record.tenantId());
		if (tenant.isEmpty()) {
			return undecided(record, "its tenant is no longer configured");
		}
		List<VirtualHost> hosts;
		try {
			hosts = this.management.virtualHosts(tenant.get());
		}
		catch (ApimException ex) {
			return undecided(record, "the virtual hosts could not be read: " + ex.getMessage());
		}
		Verdict verdict = ChangeMatcher.match(record, hosts);
		if (verdict.status() == HistoryStatus.FAILED && tooEarlyToFail(record)) {
			return undecided(record, verdict.note() + "; API Management may still be carrying it out");
		}
		return settle(record, verdict);
	}

	private boolean tooEarlyToFail(HistoryRecord record) {
		OffsetDateTime settled = record.createdAt().plus(this.properties.settleTime());
		return OffsetDateTime.now(this.clock).isBefore(settled);
	}

	private Verdict settle(HistoryRecord record, Verdict verdict) {
		String note = "Reconciled from the virtual host list: " + verdict.note() + ".";
		if (!this.history.reconcile(record.id(), verdict.status(), verdict.virtualHostId(), note)) {
			return Verdict.undecided("The record was settled meanwhile");
		}
		logger.info("History record {} ({} of {} for tenant {}) reconciled as {}: {}", record.id(), record.operation(),
				record.virtualHost(), record.tenantId(), verdict.status(), verdict.note());
		return new Verdict(verdict.status(), verdict.virtualHostId(), note);
	}

	private static Verdict undecided(HistoryRecord record, String reason) {
		logger.info("History record {} stays {}: {}", record.id(), record.status(), reason);
		return Verdict.undecided(reason);
	}

}
