package com.vhostportal.reconciliation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal settles submissions whose outcome is open (UNCONFIRMED, or PENDING after
 * a crash) by reading the tenant's virtual hosts, under {@code portal.reconciliation}.
 *
 * @param scheduled whether the portal looks for open records on its own
 * @param interval how often it looks
 * @param delay an UNCONFIRMED record is checked once its outcome is this old, giving API
 * Management time to finish a request whose answer was lost
 * @param pendingGrace a PENDING record this old was left by a crash between sending and
 * recording: no call takes this long (keep it above twice the connect plus response
 * timeout)
 * @param settleTime a record younger than this is never declared FAILED because its
 * change is not visible yet: API Management may still be carrying it out
 * @param batchSize the most records one scheduled run checks
 */
@ConfigurationProperties("portal.reconciliation")
// @formatter:off
public record ReconciliationProperties(
		@DefaultValue("true") boolean scheduled,
		@DefaultValue("60s") Duration interval,
		@DefaultValue("60s") Duration delay,
		@DefaultValue("5m") Duration pendingGrace,
		@DefaultValue("60s") Duration settleTime,
		@DefaultValue("100") int batchSize) {
// @formatter:on

}
