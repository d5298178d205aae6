package com.vhostportal.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vhostportal.apim.ODataDates;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;

/**
 * Reads the string fields SAP writes about a certificate, whose formats SAP does not
 * document: dates as OData dates, ISO-8601, epoch milliseconds or plain dates, and the
 * validity flag as a boolean in one of several spellings.
 */
final class SapFields {

	private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,10}");

	// Plain forms seen in Java and SAP back ends; a date without a time means its start,
	// UTC.
	private static final List<DateTimeFormatter> DATE_TIMES = List.of(ISO_LOCAL_DATE_TIME,
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT));

	private static final List<DateTimeFormatter> DATES = List.of(ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
			DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
			DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));

	private static final DateTimeFormatter JAVA_DATE = english("EEE MMM dd HH:mm:ss zzz yyyy");

	private SapFields() {
	}

	/**
	 * Reads a date in any of the forms SAP may use.
	 * @param value the value as received, possibly {@code null}
	 * @return the instant, or {@code null} when absent or unreadable
	 */
	static Instant date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		// Ten digits as milliseconds would fall in January 1970: no certificate date.
		if (EPOCH_SECONDS.matcher(text).matches()) {
			return Instant.ofEpochSecond(Long.parseLong(text));
		}
		Instant known = ODataDates.parse(text);
		return (known != null) ? known : plainDate(text);
	}

	/**
	 * Reads SAP's validity flag.
	 * @param value the value as received
	 * @return the flag, or {@code null} when absent or unreadable
	 */
	static Boolean flag(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes", "x", "valid" -> Boolean.TRUE;
			case "false", "0", "no", "", "invalid" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static Instant plainDate(String text) {
		for (DateTimeFormatter format : DATE_TIMES) {
			try {
				return LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		try {
			return ZonedDateTime.parse(text, JAVA_DATE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static DateTimeFormatter english(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
	}

}
