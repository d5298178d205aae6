package com.vhostportal.apim;

/**
 * What kind of failure a call to API Management ran into. Pages turn it into a message
 * with the next step, and the history keeps it with the record.
 */
public enum ApimFailureKind {

	/** The host refused the connection; nothing was sent. */
	CONNECTION_REFUSED,

	/** DNS does not know the host; nothing was sent. */
	UNKNOWN_HOST,

	/** The TLS handshake failed; nothing was sent. */
	TLS_FAILED,

	/** No connection was made within the connect timeout; nothing was sent. */
	CONNECT_TIMEOUT,

	/** The request was sent but no answer came within the response timeout. */
	RESPONSE_TIMEOUT,

	/** The connection closed after the request was sent, before an answer came. */
	CONNECTION_CLOSED,

	/** API Management answered with a 5xx status. */
	SERVER_ERROR,

	/** API Management answered 429: too many requests. */
	RATE_LIMITED,

	/** API Management did not accept the token (401). */
	UNAUTHORIZED,

	/** The key lacks the role the call needs (403). */
	FORBIDDEN,

	/** The answer was HTML, empty or not the JSON expected. */
	UNREADABLE_ANSWER,

	/** API Management refused the request with a 4xx status and an error of its own. */
	REFUSED,

	/** The token endpoint refused to issue a token or could not be reached. */
	TOKEN_ENDPOINT,

	/** Reads of this tenant are paused after repeated failures (circuit breaker open). */
	CIRCUIT_OPEN;

	/**
	 * Returns whether a write that failed this way certainly did not reach API Management
	 * or was certainly refused by it.
	 * @return {@code false} when the write may have taken effect
	 */
	public boolean provesNotApplied() {
		return this != RESPONSE_TIMEOUT && this != CONNECTION_CLOSED;
	}

}
