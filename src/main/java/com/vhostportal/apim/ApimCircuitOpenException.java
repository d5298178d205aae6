package com.vhostportal.apim;

/**
 * Reads of a tenant are paused: they failed repeatedly, so the circuit breaker of the
 * tenant is open and nothing was sent.
 */
public class ApimCircuitOpenException extends ApimException {

	ApimCircuitOpenException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public ApimFailureKind kind() {
		return ApimFailureKind.CIRCUIT_OPEN;
	}

}
