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

	private static final String RECONCILED = """
			History record {} ({} of {} for tenant {}) reconciled as {}: {}""";

	private final HistoryRepository history;

	private final TenantDirectory tenants;

	private final ManagementClient management;

	private final ReconciliationProperties properties;

	private final Clock clock;

	// @formatter:off
	Reconciler(
			HistoryRepository history,
			TenantDirectory tenants,
			ManagementClient management,
			ReconciliationProperties properties,
			Clock clock) {
	// @formatter:on
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
		List<HistoryRecord> due = dueRecords();
		int settled = 0;
		for (HistoryRecord record : due) {
			if (check(record).decided()) {
				settled++;
			}
		}
		if (!due.isEmpty()) {
			int open = due.size();
			logger.info("Reconciliation settled {} of {} open history records", settled, open);
		}
		return settled;
	}

	private List<HistoryRecord> dueRecords() {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime unconfirmedBefore = now.minus(this.properties.delay());
		OffsetDateTime pendingBefore = now.minus(this.properties.pendingGrace());
		int limit = this.properties.batchSize();
		return this.history.dueForReconciliation(unconfirmedBefore, pendingBefore, limit);
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
			String reason = verdict.note() + "; API Management may still be carrying it out";
			return undecided(record, reason);
		}
		return settle(record, verdict);
	}

	private boolean tooEarlyToFail(HistoryRecord record) {
		OffsetDateTime settled = record.createdAt().plus(this.properties.settleTime());
		return OffsetDateTime.now(this.clock).isBefore(settled);
	}

	private Verdict settle(HistoryRecord record, Verdict verdict) {
		String note = "Reconciled from the virtual host list: " + verdict.note() + ".";
		HistoryStatus status = verdict.status();
		if (!this.history.reconcile(record.id(), status, verdict.virtualHostId(), note)) {
			return Verdict.undecided("The record was settled meanwhile");
		}
		String host = record.virtualHost();
		String tenant = record.tenantId();
		String found = verdict.note();
		logger.info(RECONCILED, record.id(), record.operation(), host, tenant, status, found);
		return new Verdict(status, verdict.virtualHostId(), note);
	}

	private static Verdict undecided(HistoryRecord record, String reason) {
		logger.info("History record {} stays {}: {}", record.id(), record.status(), reason);
		return Verdict.undecided(reason);
	}

}
