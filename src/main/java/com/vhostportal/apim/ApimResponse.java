package com.vhostportal.apim;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An answer of API Management, read in full.
 *
 * @param status the HTTP status
 * @param body the body, empty when there was none
 * @param retryAfter how long the answer asked to wait before calling again
 * ({@code Retry-After}), or {@code null}
 */
record ApimResponse(int status, String body, Duration retryAfter) {

	boolean isSuccessful() {
		return this.status >= 200 && this.status < 300;
	}

	/**
	 * Reads a {@code Retry-After} header: seconds, or an HTTP date.
	 * @param header the header value, or {@code null}
	 * @param now the current time, for an HTTP date
	 * @return the wait, never negative, or {@code null} when absent or unreadable
	 */
	static Duration retryAfter(String header, ZonedDateTime now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			return untilDate(value, now);
		}
	}

	private static Duration untilDate(String value, ZonedDateTime now) {
		try {
			ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(now, at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
