package com.vhostportal.certificate;

import org.springframework.stereotype.Component;

/**
 * Decides which certificate policy applies to a user: their team's, else the default.
 */
@Component
public class CertificatePolicies {

	private final CertificateProperties.Policy policy;

	private final TeamResolver teams;

	CertificatePolicies(CertificateProperties properties, TeamResolver teams) {
		this.policy = properties.policy();
		this.teams = teams;
	}

	/**
	 * Returns the policy for a user.
	 * @param username the signed-in user
	 * @return the policy of the user's team, or the default
	 */
	public CertificatePolicy policyFor(String username) {
		return this.teams.teamOf(username).map(this.policy.teams()::get).orElse(this.policy.defaultPolicy());
	}

}
