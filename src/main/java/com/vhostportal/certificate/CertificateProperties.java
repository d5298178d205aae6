package com.vhostportal.certificate;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * How the portal reads and checks certificates, under {@code portal.certificates}.
 *
 * @param cacheTtl how long the certificate stores of a tenant, once read, are reused by
 * the pickers, the checks and the overview; {@code 0s} reads them afresh each time
 * @param policy what a failing check does to a submission
 */
@ConfigurationProperties("portal.certificates")
// @formatter:off
public record CertificateProperties(
		@DefaultValue("60s") Duration cacheTtl,
		@DefaultValue Policy policy) {
// @formatter:on

	/**
	 * What a failing certificate check does, for everyone and per team.
	 *
	 * @param defaultPolicy {@code warn} (show and record the findings, still allow
	 * sending) or {@code block} (do not send), for users whose team has no policy of its
	 * own
	 * @param teams the policy of each team by team name, overriding the default
	 */
	// @formatter:off
	public record Policy(
			@Name("default") @DefaultValue("warn") CertificatePolicy defaultPolicy,
			Map<String, CertificatePolicy> teams) {
	// @formatter:on

		public Policy {
			teams = (teams != null) ? Map.copyOf(teams) : Map.of();
		}

	}

}
