package com.vhostportal.security;

import java.util.List;

import com.vhostportal.security.PortalSecurityProperties.Mode;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class HostedProfileCheckTests {

	private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	@Test
	void startWhenDemoModeThenRefusedNamingTheProperty() {
		assertThatIllegalStateException().isThrownBy(() -> check(Mode.DEMO, KEY))
			.withMessageContaining("portal.security.mode=oidc");
	}

	@Test
	void startWhenNoEncryptionKeyThenRefusedSayingWhatToSet() {
		assertThatIllegalStateException().isThrownBy(() -> check(Mode.OIDC, null))
			.withMessageContaining("set PORTAL_ENCRYPTION_KEY to 32 random bytes in base64");
	}

	@Test
	void startWhenKeyTooShortThenRefused() {
		assertThatIllegalStateException().isThrownBy(() -> check(Mode.OIDC, "c2hvcnQ="))
			.withMessageContaining("not 32 bytes long");
	}

	@Test
	void startWhenKeyNotBase64ThenRefused() {
		assertThatIllegalStateException().isThrownBy(() -> check(Mode.OIDC, "not base64!"))
			.withMessageContaining("not base64");
	}

	@Test
	void startWhenOidcAndKeyThenStarts() {
		assertThatNoException().isThrownBy(() -> check(Mode.OIDC, KEY));
	}

	private static void check(Mode mode, String key) {
		MockEnvironment environment = new MockEnvironment();
		if (key != null) {
			environment.setProperty(HostedProfileCheck.ENCRYPTION_KEY, key);
		}
		var properties = new PortalSecurityProperties(mode, List.of(), "groups", List.of());
		new HostedProfileCheck(properties, environment);
	}

}
