package com.vhostportal.apim;

import java.time.Duration;

/**
 * API Management answered with an error status, or with a body that is not what was
 * expected.
 */
public class ApimErrorException extends ApimException {

	private final int status;

	private final String code;

	private final String body;

	private final Duration retryAfter;

	/**
	 * Creates a new instance.
	 * @param status the HTTP status
	 * @param code the OData error code, or {@code null} when the body had none
	 * @param message the OData error message, or a description of the body
	 * @param body the body as received, possibly empty
	 */
	public ApimErrorException(int status, String code, String message, String body) {
		this(status, code, message, body, null);
	}

	/**
	 * Creates a new instance.
	 * @param status the HTTP status
	 * @param code the OData error code, or {@code null} when the body had none
	 * @param message the OData error message, or a description of the body
	 * @param body the body as received, possibly empty
	 * @param retryAfter how long API Management asked to wait ({@code Retry-After}), or
	 * {@code null}
	 */
	// @formatter:off
	public ApimErrorException(
			int status,
			String code,
			String message,
			String body,
			Duration retryAfter) {
	// @formatter:on
		super(message, null);
		this.status = status;
		this.code = code;
		this.body = body;
		this.retryAfter = retryAfter;
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

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	@Override
	public ApimFailureKind kind() {
		if (this.status == 401) {
			return ApimFailureKind.UNAUTHORIZED;
		}
		if (this.status == 403) {
			return ApimFailureKind.FORBIDDEN;
		}
		if (this.status == 429) {
			return ApimFailureKind.RATE_LIMITED;
		}
		if (this.status >= 500) {
			return ApimFailureKind.SERVER_ERROR;
		}
		boolean odataError = this.code != null || hasODataMessage(this.body);
		boolean refused = this.status >= 400 && odataError;
		return refused ? ApimFailureKind.REFUSED : ApimFailureKind.UNREADABLE_ANSWER;
	}

	private static boolean hasODataMessage(String body) {
		return ODataErrors.ODataError.parse(body).message() != null;
	}

	/**
	 * Returns whether the same read may succeed when tried again shortly: 429 and 5xx.
	 * @return {@code true} if worth retrying
	 */
	public boolean isTransient() {
		return this.status == 429 || this.status >= 500;
	}

}
