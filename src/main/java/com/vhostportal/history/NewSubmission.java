package com.vhostportal.history;

import com.vhostportal.apim.Operation;

/**
 * What is recorded about a submission before it is sent.
 *
 * @param username the signed-in user
 * @param tenantId the tenant's id
 * @param tenantName the tenant's display name at the time
 * @param operation the operation
 * @param virtualHost the alias or host name the request concerns
 * @param virtualHostId the virtual host id, when known before sending
 * @param requestUrl the URL the request is sent to
 * @param requestBody the exact JSON body sent
 * @param beforeState the virtual host as read before an update or delete, as JSON, or
 * {@code null}
 * @param correlationId the correlation id the request carries
 * @param person who submits it
 * @param team the tenant's team, or {@code null}
 * @param certificateFindings what the certificate checks found, as a JSON array, or
 * {@code null} when the request uses no certificate store
 * @param certificatePolicy the certificate policy that applied ({@code WARN} or
 * {@code BLOCK}), or {@code null} when the request uses no certificate store
 */
// @formatter:off
public record NewSubmission(
		String username,
		String tenantId,
		String tenantName,
		Operation operation,
		String virtualHost,
		String virtualHostId,
		String requestUrl,
		String requestBody,
		String beforeState,
		String correlationId,
		Submitter person,
		String team,
		String certificateFindings,
		String certificatePolicy) {
// @formatter:on

	/**
	 * Describes a submission without certificate checks.
	 */
	// @formatter:off
	public NewSubmission(String username, String tenantId, String tenantName, Operation operation,
			String virtualHost, String virtualHostId, String requestUrl, String requestBody,
			String beforeState, String correlationId, Submitter person, String team) {
		this(username, tenantId, tenantName, operation, virtualHost, virtualHostId, requestUrl,
				requestBody, beforeState, correlationId, person, team, null, null);
	}
	// @formatter:on

}
