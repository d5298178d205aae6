package com.vhostportal.apim;

/**
 * A token endpoint refused to issue a token or gave no answer. Raised inside the token
 * fetch, which does not know the tenant; {@link ApimFailures} turns it into an
 * {@link ApimTokenException} that names the key.
 */
class TokenEndpointException extends RuntimeException {

	private final int status;

	private final String error;

	/**
	 * Creates a new instance.
	 * @param status the HTTP status, or {@code 0} when no answer came
	 * @param error the OAuth2 error description or code, or {@code null}
	 * @param cause the cause when no answer came, or {@code null}
	 */
	TokenEndpointException(int status, String error, Throwable cause) {
		super("token endpoint answered " + status, cause);
		this.status = status;
		this.error = error;
	}

	int getStatus() {
		return this.status;
	}

	String getError() {
		return this.error;
	}

}
