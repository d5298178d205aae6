package com.vhostportal.sandbox;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxSecretsEnvironmentPostProcessor}.
 */
class SandboxSecretsEnvironmentPostProcessorTests {

	private static final String ENABLED = "portal.sandbox.enabled";

	private static final String WRITE_ID = "portal.sandbox.write-client-id";

	private static final String READ_ID = "portal.sandbox.read-client-id";

	private static final String WRITE_SECRET = "portal.sandbox.write-client-secret";

	private static final String READ_SECRET = "portal.sandbox.read-client-secret";

	private final SandboxSecretsEnvironmentPostProcessor postProcessor = postProcessor();

	@Test
	void postProcessWhenSandboxEnabledThenDefaultIdsAndRandomSecrets() {
		MockEnvironment first = enabled();
		MockEnvironment second = enabled();

		this.postProcessor.postProcessEnvironment(first, new SpringApplication());
		this.postProcessor.postProcessEnvironment(second, new SpringApplication());

		assertThat(first.getProperty(WRITE_ID)).isEqualTo("sandbox-selfservice");
		assertThat(first.getProperty(READ_ID)).isEqualTo("sandbox-admin");
		String writeSecret = first.getProperty(WRITE_SECRET);
		assertThat(writeSecret).matches("[A-Za-z0-9_-]{43}")
			.isNotEqualTo(first.getProperty(READ_SECRET))
			.isNotEqualTo(second.getProperty(WRITE_SECRET));
	}

	@Test
	void postProcessWhenValuesConfiguredThenKept() {
		MockEnvironment environment = enabled().withProperty(WRITE_ID, "my-writer")
			.withProperty(WRITE_SECRET, "configured-secret");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(WRITE_ID)).isEqualTo("my-writer");
		assertThat(environment.getProperty(WRITE_SECRET)).isEqualTo("configured-secret");
		assertThat(environment.getProperty(READ_SECRET)).hasSize(43);
	}

	@Test
	void postProcessWhenSecretConfiguredEmptyThenRandomSecret() {
		MockEnvironment environment = enabled().withProperty(READ_SECRET, "");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(READ_SECRET)).hasSize(43);
	}

	@Test
	void postProcessWhenSandboxDisabledThenNothingAdded() {
		MockEnvironment environment = new MockEnvironment().withProperty(ENABLED, "false");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		String name = SandboxSecretsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME;
		assertThat(environment.getPropertySources().contains(name)).isFalse();
		assertThat(environment.containsProperty(WRITE_SECRET)).isFalse();
	}

	private static MockEnvironment enabled() {
		return new MockEnvironment().withProperty(ENABLED, "true");
	}

	private static SandboxSecretsEnvironmentPostProcessor postProcessor() {
		return new SandboxSecretsEnvironmentPostProcessor(Supplier::get);
	}

}
