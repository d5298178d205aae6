package com.vhostportal.apim;

import java.util.Map;

/**
 * API Management's answer to an accepted virtual host request (HTTP 201).
 *
 * @param httpStatus the HTTP status
 * @param body the answer exactly as received
 * @param fields the fields of the OData {@code d} object, in the order received
 * @param requestId the request id ({@code id})
 * @param virtualHostId the virtual host id
 * @param allocationStatus {@code COMPLETE} when the change took effect; absent on delete
 * @param lbHost the CNAME target of a custom domain, or {@code null}
 */
// @formatter:off
public record VirtualHostAnswer(
		int httpStatus,
		String body,
		Map<String, Object> fields,
		String requestId,
		String virtualHostId,
		String allocationStatus,
		String lbHost) {
// @formatter:on

	/**
	 * Returns whether API Management confirmed the change in its answer.
	 * @param operation the operation that was sent
	 * @return {@code true} if confirmed
	 */
	public boolean confirms(Operation operation) {
		return operation == Operation.DELETE || "COMPLETE".equalsIgnoreCase(this.allocationStatus);
	}

}
