package com.vhostportal.apim;

import java.time.Duration;
import java.util.Locale;

import com.vhostportal.tenant.KeyRole;
import tools.jackson.databind.JsonNode;

/**
 * Turns an error answer of API Management into an {@link ApimErrorException} whose
 * message can be shown as it is: SAP's OData message when there is one, a description of
 * the body when there is none, and what to check when the key was refused (401, 403).
 */
final class ODataErrors {

	private ODataErrors() {
	}

	/**
	 * Creates the exception for an error answer.
	 * @param status the HTTP status
	 * @param body the body as received, possibly empty
	 * @param key the key the call was made with
	 * @param retryAfter the wait the answer asked for, or {@code null}
	 * @return the exception
	 */
	// @formatter:off
	static ApimErrorException exception(
			int status,
			String body,
			TenantKey key,
			Duration retryAfter) {
	// @formatter:on
		ODataError error = ODataError.parse(body);
		String message = message(status, body, error, key);
		return new ApimErrorException(status, error.code(), message, body, retryAfter);
	}

	private static String message(int status, String body, ODataError error, TenantKey key) {
		if (status == 401 || status == 403) {
			String sap = (error.message() != null) ? " (SAP: " + error.message() + ")" : "";
			return "API Management answered " + status + ": " + refusal(status, key) + sap;
		}
		if (error.message() != null) {
			return error.message();
		}
		if (error.code() != null) {
			return "API Management answered " + status + " with error code " + error.code();
		}
		return "API Management answered " + status + " with " + describe(body, "an OData error");
	}

	private static String refusal(int status, TenantKey key) {
		if (status == 401) {
			return "it did not accept the token of " + key.description();
		}
		if (key.purpose() == KeyRole.WRITE) {
			return key.description() + " lacks the role APIManagement.SelfService.Administrator";
		}
		String portalRoles = "APIPortal.Administrator or APIPortal.Guest";
		if (key.fallsBackToWriteKey()) {
			String fix = "configure a read key with " + portalRoles;
			return key.description() + " may not read this; " + fix;
		}
		return key.description() + " lacks the role " + portalRoles;
	}

	/**
	 * Describes a body that does not hold what was expected.
	 * @param body the body
	 * @param expected what was expected, such as {@code an OData error}
	 * @return a description such as {@code an HTML page instead of an OData error}
	 */
	static String describe(String body, String expected) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			return "an empty body";
		}
		String start = text.substring(0, Math.min(text.length(), 512)).toLowerCase(Locale.ROOT);
		if (start.startsWith("<") && (start.contains("<html") || start.startsWith("<!doctype"))) {
			return "an HTML page instead of " + expected;
		}
		if (start.startsWith("<")) {
			return "XML instead of JSON";
		}
		return "a body that is not " + expected;
	}

	/**
	 * The {@code error} object of an OData V2 answer.
	 *
	 * @param code the error code, or {@code null}
	 * @param message the message, or {@code null}
	 */
	record ODataError(String code, String message) {

		static ODataError parse(String body) {
			JsonNode error = ODataJson.read(body).path("error");
			if (!error.isObject()) {
				return new ODataError(null, null);
			}
			String code = ODataJson.text(error, "code");
			String message = ODataJson.text(error.path("message"), "value");
			if (message == null) {
				message = ODataJson.text(error, "message");
			}
			return new ODataError(blankToNull(code), blankToNull(message));
		}

		private static String blankToNull(String text) {
			return (text != null && !text.isBlank()) ? text.strip() : null;
		}

	}

}
