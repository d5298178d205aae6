package com.vhostportal.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes times in the time zone of the person reading the page, as ISO 8601 with the
 * offset. The browser names its zone in a cookie that {@code portal.js} sets; without it
 * (no script, first page), times are written in UTC.
 */
@Component("viewerTimes")
public class ViewerTimes {

	/** The cookie in which the browser names its IANA time zone. */
	public static final String COOKIE = "portal_zone";

	// ISO 8601 to the second with the offset, "Z" for UTC.
	private static final DateTimeFormatter ISO = isoToTheSecond();

	// A page writes many times: the cookie is read once per request.
	private static final String ZONE_ATTRIBUTE = ViewerTimes.class.getName() + ".zone";

	// Longer than any IANA zone name: anything longer is not one.
	private static final int LONGEST_ZONE = 64;

	/**
	 * Returns the zone of the person reading the current page.
	 * @return the browser's zone, or UTC when it is not known
	 */
	public ZoneId zone() {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return ZoneOffset.UTC;
		}
		if (request.getAttribute(ZONE_ATTRIBUTE) instanceof ZoneId known) {
			return known;
		}
		ZoneId zone = parse(cookieValue(request));
		request.setAttribute(ZONE_ATTRIBUTE, zone);
		return zone;
	}

	/**
	 * Writes a time in the reader's zone.
	 * @param time the time, or {@code null}
	 * @return for example {@code 2026-12-04T00:10:50+01:00}, or an empty string
	 */
	public String iso(OffsetDateTime time) {
		return (time != null) ? ISO.format(time.atZoneSameInstant(zone())) : "";
	}

	/**
	 * Writes an instant in the reader's zone.
	 * @param time the instant, or {@code null}
	 * @return for example {@code 2026-12-04T00:10:50+01:00}, or an empty string
	 */
	public String iso(Instant time) {
		return (time != null) ? ISO.format(time.atZone(zone())) : "";
	}

	/**
	 * Reads a zone named by a browser, which may send anything.
	 * @param name the zone's IANA name
	 * @return the zone, or UTC when the name is not one
	 */
	static ZoneId parse(String name) {
		if (name == null || name.isBlank() || name.length() > LONGEST_ZONE) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(name.trim());
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	private static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static DateTimeFormatter isoToTheSecond() {
		DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
		builder.appendPattern("uuuu-MM-dd'T'HH:mm:ss");
		return builder.appendOffsetId().toFormatter();
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes current = RequestContextHolder.getRequestAttributes();
		if (current instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		return null;
	}

}
