package com.vhostportal.tenant;

/**
 * A service key that cannot be used, with a message that says what to fix.
 */
public class InvalidServiceKeyException extends RuntimeException {

	public InvalidServiceKeyException(String message) {
		super(message);
	}

	public InvalidServiceKeyException(String message, Throwable cause) {
		super(message, cause);
	}

}
