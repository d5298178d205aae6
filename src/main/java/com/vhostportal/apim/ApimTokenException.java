package com.vhostportal.apim;

/**
 * The token endpoint of a service key refused or failed to issue a token; the API itself
 * was not called.
 */
public class ApimTokenException extends ApimException {

	public ApimTokenException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public ApimFailureKind kind() {
		return ApimFailureKind.TOKEN_ENDPOINT;
	}

}
