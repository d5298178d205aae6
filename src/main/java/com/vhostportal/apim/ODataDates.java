package com.vhostportal.apim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of OData V2 JSON, written {@code /Date(<epoch millis>)/}, optionally
 * with an offset such as {@code /Date(1707380514905+0060)/} that does not change the
 * instant. ISO-8601 timestamps and bare epoch millis are accepted as well.
 */
public final class ODataDates {

	private static final String ODATA_DATE_REGEX = "/Date\\((-?\\d{1,16})([+-]\\d{4})?\\)/";

	private static final Pattern ODATA_DATE = Pattern.compile(ODATA_DATE_REGEX);

	private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{10,16}");

	private ODataDates() {
	}

	/**
	 * Parses a date.
	 * @param value the value as received, possibly {@code null}
	 * @return the instant, or {@code null} when the value is absent or not a date
	 */
	public static Instant parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		Matcher odata = ODATA_DATE.matcher(text);
		if (odata.matches()) {
			return Instant.ofEpochMilli(Long.parseLong(odata.group(1)));
		}
		if (EPOCH_MILLIS.matcher(text).matches()) {
			return Instant.ofEpochMilli(Long.parseLong(text));
		}
		return isoInstant(text);
	}

	private static Instant isoInstant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
