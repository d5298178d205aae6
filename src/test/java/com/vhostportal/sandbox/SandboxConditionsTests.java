package com.vhostportal.sandbox;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that nothing of the sandbox exists unless {@code portal.sandbox.enabled} is set,
 * so that a hosted instance cannot serve it by accident.
 */
class SandboxConditionsTests {

	@Test
	void scanWhenSandboxEnabledThenItsBeansAreFound() {
		Set<BeanDefinition> found = scan("true");

		assertThat(found).extracting(BeanDefinition::getBeanClassName)
			.contains(name(SandboxProperties.class), name(SandboxTokenController.class))
			.contains(name(SandboxVirtualHostRequestController.class))
			.contains(name(SandboxManagementController.class))
			.contains(name(SandboxCertificateStoreController.class))
			.contains(name(SandboxODataErrorHandler.class), name(SandboxVirtualHosts.class));
	}

	@Test
	void scanWhenSandboxDisabledOrUnsetThenNoBeanIsFound() {
		assertThat(scan("false")).isEmpty();
		assertThat(scan(null)).isEmpty();
	}

	private static String name(Class<?> type) {
		return type.getName();
	}

	// The scanner applies @Conditional as component and properties scanning do.
	private static Set<BeanDefinition> scan(String enabled) {
		MockEnvironment environment = new MockEnvironment();
		if (enabled != null) {
			environment.setProperty("portal.sandbox.enabled", enabled);
		}
		var scanner = new ClassPathScanningCandidateComponentProvider(false, environment);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		return scanner.findCandidateComponents(SandboxProperties.class.getPackageName());
	}

}
