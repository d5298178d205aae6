package com.vhostportal.apim;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reads of API Management (lists for the pickers, the host list, the update form) are
 * retried and when they pause, under {@code portal.apim.reads}. Writes are never retried.
 *
 * @param maxAttempts how often one read is tried in all, the first try included
 * @param initialBackoff the wait before the first retry; each further wait is longer
 * @param backoffMultiplier by how much each wait grows
 * @param jitter how far each wait may randomly stray, as a fraction of it (0 to 1), so
 * that many users do not retry in step
 * @param maxRetryAfter the longest {@code Retry-After} that is waited for; a longer one
 * ends the read with the 429 or 503 at once, since a user is waiting
 * @param failureRateThreshold the percentage of failed reads of a tenant that opens its
 * circuit breaker
 * @param slidingWindowSize how many of the tenant's latest reads the failure rate is
 * taken over
 * @param minimumCalls how many reads the breaker needs to see before it may open
 * @param openDuration how long reads of the tenant pause once the breaker opened; then a
 * few trial reads decide whether it closes again
 * @param halfOpenCalls how many trial reads decide whether the breaker closes
 */
@ConfigurationProperties("portal.apim.reads")
// @formatter:off
public record ApimReadProperties(
		@DefaultValue("3") int maxAttempts,
		@DefaultValue("200ms") Duration initialBackoff,
		@DefaultValue("2.0") double backoffMultiplier,
		@DefaultValue("0.5") double jitter,
		@DefaultValue("10s") Duration maxRetryAfter,
		@DefaultValue("50") float failureRateThreshold,
		@DefaultValue("10") int slidingWindowSize,
		@DefaultValue("5") int minimumCalls,
		@DefaultValue("30s") Duration openDuration,
		@DefaultValue("2") int halfOpenCalls) {
// @formatter:on

}
