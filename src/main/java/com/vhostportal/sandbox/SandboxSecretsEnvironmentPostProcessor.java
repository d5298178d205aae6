package com.vhostportal.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Supplies the sandbox client ids and secrets when the sandbox is enabled and they are
 * not configured, so that no secret, not even a demo one, is ever committed. Secrets are
 * random per start; set {@code PORTAL_SANDBOX_WRITE_CLIENT_SECRET} and
 * {@code PORTAL_SANDBOX_READ_CLIENT_SECRET} to call the sandbox by hand.
 */
public class SandboxSecretsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "portalSandboxClients";

	private static final String PREFIX = "portal.sandbox.";

	private static final int SECRET_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final Log log;

	public SandboxSecretsEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(SandboxSecretsEnvironmentPostProcessor.class);
	}

	@Override
	// @formatter:off
	public void postProcessEnvironment(
			ConfigurableEnvironment environment,
			SpringApplication application) {
	// @formatter:on
		if (!environment.getProperty("portal.sandbox.enabled", Boolean.class, false)) {
			return;
		}
		Map<String, Object> missing = new LinkedHashMap<>();
		defaults().forEach((property, value) -> {
			String name = PREFIX + property;
			if (!StringUtils.hasText(environment.getProperty(name))) {
				missing.put(name, value);
			}
		});
		if (missing.isEmpty()) {
			return;
		}
		MapPropertySource supplied = new MapPropertySource(PROPERTY_SOURCE_NAME, missing);
		// First, not last: a property set to an empty value must not shadow the default.
		environment.getPropertySources().addFirst(supplied);
		String settings = "Supplied sandbox settings " + missing.keySet();
		this.log.debug(settings + " (secrets are random per start)");
	}

	private Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("write-client-id", SandboxProperties.DEFAULT_WRITE_CLIENT_ID);
		defaults.put("read-client-id", SandboxProperties.DEFAULT_READ_CLIENT_ID);
		defaults.put("write-client-secret", randomSecret());
		defaults.put("read-client-secret", randomSecret());
		return defaults;
	}

	private String randomSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
