package com.vhostportal.tenant;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a tenant configuration error into Spring Boot's start-up report instead of a
 * stack trace.
 */
// @formatter:off
class TenantConfigurationFailureAnalyzer
		extends AbstractFailureAnalyzer<TenantConfigurationException> {
// @formatter:on

	private static final String ACTION = """
			Correct the property named above (see application.yml.example), \
			then start the portal again.""";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, TenantConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(), ACTION, cause);
	}

}
