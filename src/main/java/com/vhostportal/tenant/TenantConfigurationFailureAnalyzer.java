package com.vhostportal.tenant;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a tenant configuration error into Spring Boot's start-up report instead of a
 * stack trace.
 */
class TenantConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<TenantConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, TenantConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the property named above (see application.yml.example), then start the portal again.", cause);
	}

}
