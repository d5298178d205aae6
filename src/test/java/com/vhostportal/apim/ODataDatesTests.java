package com.vhostportal.apim;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ODataDates}.
 */
class ODataDatesTests {

	private static final Instant INSTANT = Instant.ofEpochMilli(1707380514905L);

	@Test
	void parseWhenODataDateThenEpochMillis() {
		assertThat(ODataDates.parse("/Date(1707380514905)/")).isEqualTo(INSTANT);
	}

	@Test
	void parseWhenODataDateWithOffsetThenSameInstant() {
		assertThat(ODataDates.parse("/Date(1707380514905+0060)/")).isEqualTo(INSTANT);
	}

	@Test
	void parseWhenDateBeforeEpochThenNegativeMillis() {
		assertThat(ODataDates.parse("/Date(-1000)/")).isEqualTo(Instant.ofEpochMilli(-1000));
	}

	@Test
	void parseWhenBareEpochMillisThenInstant() {
		assertThat(ODataDates.parse("1707380514905")).isEqualTo(INSTANT);
	}

	@Test
	void parseWhenIsoTimestampThenInstant() {
		assertThat(ODataDates.parse("2024-02-08T08:21:54.905Z")).isEqualTo(INSTANT);
	}

	@Test
	void parseWhenNotADateThenNull() {
		assertThat(ODataDates.parse(null)).isNull();
		assertThat(ODataDates.parse("")).isNull();
		assertThat(ODataDates.parse("soon")).isNull();
		assertThat(ODataDates.parse("/Date(99999999999999999999)/")).isNull();
	}

}
