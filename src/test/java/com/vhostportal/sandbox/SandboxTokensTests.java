package com.vhostportal.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.vhostportal.sandbox.SandboxTokens.IssuedToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxTokens}.
 */
class SandboxTokensTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T10:00:00Z"));

	private final SandboxTokens tokens = new SandboxTokens(Duration.ofHours(1), this.clock);

	@Test
	void findWhenTokenIssuedThenCallerWithRole() {
		IssuedToken token = this.tokens.issue("sandbox-admin", SandboxRole.PORTAL_ADMINISTRATOR);

		assertThat(this.tokens.find(token.value())).hasValueSatisfying((caller) -> {
			assertThat(caller.clientId()).isEqualTo("sandbox-admin");
			assertThat(caller.role()).isEqualTo(SandboxRole.PORTAL_ADMINISTRATOR);
		});
		assertThat(token.lifetime()).isEqualTo(Duration.ofHours(1));
		assertThat(token.toString()).doesNotContain(token.value());
	}

	@Test
	void findWhenTokenExpiredThenEmpty() {
		IssuedToken token = this.tokens.issue("sandbox-admin", SandboxRole.PORTAL_ADMINISTRATOR);

		this.clock.advance(Duration.ofHours(1));

		assertThat(this.tokens.find(token.value())).isEmpty();
	}

	@Test
	void findWhenTokenUnknownOrNullThenEmpty() {
		assertThat(this.tokens.find("unknown")).isEmpty();
		assertThat(this.tokens.find(null)).isEmpty();
	}

	@Test
	void issueWhenCalledTwiceThenDistinctTokens() {
		SandboxRole role = SandboxRole.SELF_SERVICE_ADMINISTRATOR;

		String first = this.tokens.issue("sandbox-selfservice", role).value();
		String second = this.tokens.issue("sandbox-selfservice", role).value();

		assertThat(first).isNotEqualTo(second);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
