package com.vhostportal.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class HostedProfileCheckTests {

	private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	@Test
	void startWhenDemoModeThenRefusedNamingTheProperty() {
		assertThatIllegalStateException().isThrownBy(() -> check(PortalSecurityProperties.Mode.DEMO, KEY))
			.withMessageContaining("portal.security.mode=oidc");
	}

	@Test
	void startWhenNoEncryptionKeyThenRefusedSayingWhatToSet() {
		assertThatIllegalStateException().isThrownBy(() -> check(PortalSecurityProperties.Mode.OIDC, null))
			.withMessageContaining("set PORTAL_ENCRYPTION_KEY to 32 random bytes in base64");
	}

	@Test
	void startWhenKeyTooShortThenRefused() {
		assertThatIllegalStateException().isThrownBy(() -> check(PortalSecurityProperties.Mode.OIDC, "c2hvcnQ="))
			.withMessageContaining("not 32 bytes long");
	}

	@Test
	void startWhenKeyNotBase64ThenRefused() {
		assertThatIllegalStateException().isThrownBy(() -> check(PortalSecurityProperties.Mode.OIDC, "not base64!"))
			.withMessageContaining("not base64");
	}

	@Test
	void startWhenOidcAndKeyThenStarts() {
		assertThatNoException().isThrownBy(() -> check(PortalSecurityProperties.Mode.OIDC, KEY));
	}

	private static void check(PortalSecurityProperties.Mode mode, String key) {
		MockEnvironment environment = new MockEnvironment();
		if (key != null) {
			environment.setProperty(HostedProfileCheck.ENCRYPTION_KEY, key);
		}
		new HostedProfileCheck(new PortalSecurityProperties(mode, List.of(), "groups", List.of()), environment);
	}

}
