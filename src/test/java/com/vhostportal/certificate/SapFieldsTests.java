package com.vhostportal.certificate;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SapFieldsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/Date(1767225600000)/|2026-01-01T00:00:00Z
			/Date(1767225600000+0060)/|2026-01-01T00:00:00Z
			1767225600000|2026-01-01T00:00:00Z
			1767225600|2026-01-01T00:00:00Z
			2026-01-01T01:00:00+01:00|2026-01-01T00:00:00Z
			2026-01-01T00:00:00Z|2026-01-01T00:00:00Z
			2026-01-01T00:00:00|2026-01-01T00:00:00Z
			2026-01-01 00:00:00|2026-01-01T00:00:00Z
			2026-01-01|2026-01-01T00:00:00Z
			20260101|2026-01-01T00:00:00Z
			01.01.2026|2026-01-01T00:00:00Z
			Jan 1, 2026|2026-01-01T00:00:00Z
			Thu Jan 01 00:00:00 UTC 2026|2026-01-01T00:00:00Z""")
	void dateWhenWrittenInAnyKnownFormThenSameInstant(String value, String expected) {
		assertThat(SapFields.date(value)).isEqualTo(Instant.parse(expected));
	}

	@Test
	void dateWhenAbsentOrUnreadableThenNull() {
		assertThat(SapFields.date(null)).isNull();
		assertThat(SapFields.date(" ")).isNull();
		assertThat(SapFields.date("next tuesday")).isNull();
	}

	@Test
	void flagWhenSpelledInDifferentWaysThenRead() {
		assertThat(SapFields.flag("true")).isTrue();
		assertThat(SapFields.flag("TRUE")).isTrue();
		assertThat(SapFields.flag("X")).isTrue();
		assertThat(SapFields.flag("false")).isFalse();
		assertThat(SapFields.flag("0")).isFalse();
		assertThat(SapFields.flag("maybe")).isNull();
		assertThat(SapFields.flag(null)).isNull();
	}

}
