package com.vhostportal.apim;

/**
 * API Management answered with an error status.
 */
public class ApimErrorException extends ApimException {

	private final int status;

	private final String code;

	private final String body;

	/**
	 * Creates a new instance.
	 * @param status the HTTP status
	 * @param code the OData error code, or {@code null} when the body had none
	 * @param message the OData error message, or a description of the body
	 * @param body the body as received, possibly empty
	 */
	public ApimErrorException(int status, String code, String message, String body) {
		super(message, null);
		this.status = status;
		this.code = code;
		this.body = body;
	}

	public int getStatus() {
		return this.status;
	}

	public String getCode() {
		return this.code;
	}

	public String getBody() {
		return this.body;
	}

}
