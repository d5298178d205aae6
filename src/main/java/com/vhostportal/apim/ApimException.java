package com.vhostportal.apim;

/**
 * A call to API Management that did not succeed. The message is fit to show to the user
 * and never contains a secret.
 */
public abstract class ApimException extends RuntimeException {

	protected ApimException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Returns what kind of failure this is.
	 * @return the kind
	 */
	public abstract ApimFailureKind kind();

}
