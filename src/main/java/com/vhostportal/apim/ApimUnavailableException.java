package com.vhostportal.apim;

/**
 * No answer came back from API Management: the connection failed or timed out.
 */
public class ApimUnavailableException extends ApimException {

	private final ApimFailureKind kind;

	/**
	 * Creates a new instance.
	 * @param message what went wrong, fit to show
	 * @param kind what went wrong; whether the request may have arrived follows from it
	 * @param cause the cause
	 */
	public ApimUnavailableException(String message, ApimFailureKind kind, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	/**
	 * Returns whether the request may have reached API Management.
	 * @return {@code false} only when the request certainly never left (the connection
	 * was refused or never made, the host unknown, the TLS handshake failed)
	 */
	public boolean isRequestMayHaveArrived() {
		return !this.kind.provesNotApplied();
	}

	@Override
	public ApimFailureKind kind() {
		return this.kind;
	}

}
