package com.vhostportal.history;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key that makes the history tamper-evident, under {@code portal.audit}.
 *
 * @param key the HMAC-SHA256 key, base64 of at least 32 random bytes (environment
 * variable {@code PORTAL_AUDIT_KEY}); without one, demo mode generates a key per start
 * and the hosted profile refuses to start
 * @param retiredKeys keys used before a rotation, still needed to verify the records they
 * signed
 * @param retention how long chained records are kept (an ISO-8601 period such as
 * {@code P7Y}); unset keeps them forever
 */
@ConfigurationProperties("portal.audit")
// @formatter:off
public record AuditProperties(
		String key,
		@DefaultValue List<String> retiredKeys,
		Period retention) {
// @formatter:on

}
