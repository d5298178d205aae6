package com.vhostportal.sandbox;

import org.springframework.http.HttpStatus;

/**
 * A sandbox call that API Management would refuse, answered as an OData V2 error.
 */
class SandboxODataException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	SandboxODataException(HttpStatus status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	static SandboxODataException badRequest(String code, String message) {
		return new SandboxODataException(HttpStatus.BAD_REQUEST, code, message);
	}

	HttpStatus getStatus() {
		return this.status;
	}

	String getCode() {
		return this.code;
	}

}
