package com.vhostportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxClientCredentials}.
 */
class SandboxClientCredentialsTests {

	@Test
	void readWhenBasicValuesAreFormEncodedThenDecoded() {
		String header = basic("client%3Aone:s%2Bcret%25");

		assertThat(SandboxClientCredentials.read(header, null, null))
			.contains(new SandboxClientCredentials("client:one", "s+cret%"));
	}

	@Test
	void readWhenBasicAndFormGivenThenBasicWins() {
		String header = basic("basic-id:basic-secret");

		assertThat(SandboxClientCredentials.read(header, "form-id", "form-secret"))
			.contains(new SandboxClientCredentials("basic-id", "basic-secret"));
	}

	@Test
	void readWhenOnlyFormFieldsThenFormCredentials() {
		assertThat(SandboxClientCredentials.read(null, "form-id", "form-secret"))
			.contains(new SandboxClientCredentials("form-id", "form-secret"));
	}

	@Test
	void readWhenHeaderIsMalformedThenEmpty() {
		String bearer = "Bearer abc";

		assertThat(SandboxClientCredentials.read("Basic ***", null, null)).isEmpty();
		assertThat(SandboxClientCredentials.read(basic("no-colon"), null, null)).isEmpty();
		assertThat(SandboxClientCredentials.read(bearer, "form-id", "form-secret")).isEmpty();
		assertThat(SandboxClientCredentials.read(null, "form-id", null)).isEmpty();
	}

	@Test
	void toStringWhenCalledThenSecretMasked() {
		SandboxClientCredentials credentials = new SandboxClientCredentials("id", "top-secret");

		assertThat(credentials.toString()).doesNotContain("top-secret");
	}

	private static String basic(String credentials) {
		byte[] bytes = credentials.getBytes(StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(bytes);
	}

}
