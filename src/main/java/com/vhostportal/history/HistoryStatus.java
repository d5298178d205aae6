package com.vhostportal.history;

/**
 * Where a submission stands.
 */
public enum HistoryStatus {

	/** Recorded; the answer from API Management has not been recorded yet. */
	PENDING,

	/** API Management accepted and confirmed the request. */
	SUCCEEDED,

	/** API Management refused the request, or it could not be sent. */
	FAILED,

	/** The request may have reached API Management, but no answer confirmed it. */
	UNCONFIRMED

}
