package com.vhostportal.vhost;

import java.io.Serializable;
import java.util.List;

import com.vhostportal.apim.Operation;
import com.vhostportal.certificate.CertificateReport;

/**
 * A request the user has reviewed but not yet sent: exactly what will go upstream, and
 * the form it came from so the user can go back to it.
 *
 * @param token the one-time token of the review page
 * @param tenantId the tenant's id
 * @param operation the operation
 * @param virtualHost the alias or host name concerned
 * @param virtualHostId the host id for an update or delete, else {@code null}
 * @param url the URL the request goes to
 * @param json the exact body that will be sent
 * @param beforeState the host as read before an update or delete, as JSON, or
 * {@code null}
 * @param changes field by field, what an update changes; empty otherwise
 * @param form the form it came from, or {@code null} for a delete
 * @param certificates what the certificate checks found about the stores it uses
 */
// @formatter:off
public record PreparedSubmission(
		String token,
		String tenantId,
		Operation operation,
		String virtualHost,
		String virtualHostId,
		String url,
		String json,
		String beforeState,
		List<FieldChange> changes,
		VirtualHostForm form,
		CertificateReport certificates) implements Serializable {
// @formatter:on

	/**
	 * Returns whether an update changes any field.
	 * @return {@code true} if at least one field changes
	 */
	public boolean changesAnything() {
		return this.changes.stream().anyMatch(FieldChange::changed);
	}

}
