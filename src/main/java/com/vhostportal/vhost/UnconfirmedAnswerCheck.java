package com.vhostportal.vhost;

import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.Operation;
import com.vhostportal.apim.VirtualHostAnswer;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Decides what an accepted answer without {@code allocationStatus: COMPLETE} means. SAP
 * documents COMPLETE in every answer, so anything else is confirmed only by finding the
 * host in the tenant's virtual host list.
 */
@Component
class UnconfirmedAnswerCheck {

	private static final Logger logger = LoggerFactory.getLogger(UnconfirmedAnswerCheck.class);

	private static final String LIST_UNREADABLE = """
			Virtual host {} of tenant {} stays unconfirmed: \
			the host list could not be read: {}""";

	private final ManagementClient management;

	UnconfirmedAnswerCheck(ManagementClient management) {
		this.management = management;
	}

	HistoryStatus statusOf(Tenant tenant, Operation operation, VirtualHostAnswer answer) {
		// Only a new host proves itself by being listed; an updated one was listed
		// before.
		if (operation != Operation.CREATE || answer.virtualHostId() == null) {
			return HistoryStatus.UNCONFIRMED;
		}
		try {
			boolean listed = this.management.virtualHosts(tenant)
				.stream()
				.anyMatch((host) -> answer.virtualHostId().equals(host.id()));
			return listed ? HistoryStatus.SUCCEEDED : HistoryStatus.UNCONFIRMED;
		}
		catch (ApimException ex) {
			logger.warn(LIST_UNREADABLE, answer.virtualHostId(), tenant.id(), ex.getMessage());
			return HistoryStatus.UNCONFIRMED;
		}
	}

}
