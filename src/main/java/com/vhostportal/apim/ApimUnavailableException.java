package com.vhostportal.apim;

/**
 * No answer came back from API Management: the connection failed or timed out.
 */
public class ApimUnavailableException extends ApimException {

	private final boolean requestMayHaveArrived;

	/**
	 * Creates a new instance.
	 * @param message what went wrong, fit to show
	 * @param requestMayHaveArrived {@code false} only when the request certainly never
	 * left (the connection was refused or the host unknown)
	 * @param cause the cause
	 */
	public ApimUnavailableException(String message, boolean requestMayHaveArrived, Throwable cause) {
		super(message, cause);
		this.requestMayHaveArrived = requestMayHaveArrived;
	}

	public boolean isRequestMayHaveArrived() {
		return this.requestMayHaveArrived;
	}

}
