package com.vhostportal.history;

/**
 * How a submission ended.
 *
 * @param status the final status; never {@link HistoryStatus#PENDING}
 * @param httpStatus the HTTP status of the answer, or {@code null} if none came
 * @param virtualHostId the virtual host id from the answer, or {@code null}
 * @param responseBody the answer's body as received, or {@code null}
 * @param errorCode the error code, or {@code null}
 * @param errorMessage the error message, or {@code null}
 * @param durationMillis how long the upstream call took
 * @param failureKind the kind of failure ({@code ApimFailureKind} name), or {@code null}
 * when API Management accepted the request
 */
// @formatter:off
public record SubmissionOutcome(
		HistoryStatus status,
		Integer httpStatus,
		String virtualHostId,
		String responseBody,
		String errorCode,
		String errorMessage,
		long durationMillis,
		String failureKind) {
// @formatter:on

}
