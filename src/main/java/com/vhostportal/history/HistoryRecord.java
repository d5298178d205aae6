package com.vhostportal.history;

import java.time.OffsetDateTime;

import com.vhostportal.apim.Operation;

/**
 * One recorded submission.
 *
 * @param id the record id; higher is newer
 * @param createdAt when it was recorded, before sending
 * @param completedAt when its outcome was recorded, or {@code null} while pending
 * @param username the user who submitted it
 * @param tenantId the tenant's id
 * @param tenantName the tenant's display name at the time
 * @param operation the operation
 * @param virtualHost the alias or host name
 * @param virtualHostId the virtual host id, or {@code null}
 * @param status where it stands
 * @param requestUrl the URL it was sent to
 * @param requestBody the exact JSON body sent
 * @param beforeState the virtual host before the change, as JSON, or {@code null}
 * @param httpStatus the HTTP status of the answer, or {@code null}
 * @param responseBody the answer's body, or {@code null}
 * @param errorCode the error code, or {@code null}
 * @param errorMessage the error message, or {@code null}
 * @param durationMillis how long the upstream call took, or {@code null} while pending
 * @param correlationId the correlation id the request carried
 * @param person who submitted it, as the identity provider named them
 * @param team the team of the tenant at the time, or {@code null}
 * @param certificateFindings what the certificate checks found, as JSON, or {@code null}
 * @param certificatePolicy the certificate policy that applied, or {@code null}
 * @param failureKind the kind of failure ({@code ApimFailureKind} name), or {@code null}
 * @param reconciledAt when the reconciler settled the outcome by reading the tenant's
 * virtual hosts, or {@code null}
 * @param reconciliationNote what the reconciler found, or {@code null}
 * @param chainSeq the record's place in the audit chain, or {@code null} until it reaches
 * its final state
 * @param chainMac the record's MAC in the audit chain, or {@code null}
 * @param chainKeyId the id of the key that signed it, or {@code null}
 */
// @formatter:off
public record HistoryRecord(
		long id,
		OffsetDateTime createdAt,
		OffsetDateTime completedAt,
		String username,
		String tenantId,
		String tenantName,
		Operation operation,
		String virtualHost,
		String virtualHostId,
		HistoryStatus status,
		String requestUrl,
		String requestBody,
		String beforeState,
		Integer httpStatus,
		String responseBody,
		String errorCode,
		String errorMessage,
		Long durationMillis,
		String correlationId,
		Submitter person,
		String team,
		String certificateFindings,
		String certificatePolicy,
		String failureKind,
		OffsetDateTime reconciledAt,
		String reconciliationNote,
		Long chainSeq,
		String chainMac,
		String chainKeyId) {
// @formatter:on

	/**
	 * Returns whether the outcome is still open: no answer was recorded, or none
	 * confirmed the change.
	 * @return {@code true} while PENDING or UNCONFIRMED
	 */
	public boolean awaitsReconciliation() {
		return this.status == HistoryStatus.PENDING || this.status == HistoryStatus.UNCONFIRMED;
	}

}
