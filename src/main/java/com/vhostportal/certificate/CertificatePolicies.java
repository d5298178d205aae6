package com.vhostportal.certificate;

import org.springframework.stereotype.Component;

/**
 * Decides which certificate policy applies to a request: the policy of the tenant's team,
 * else the default.
 */
@Component
public class CertificatePolicies {

	private final CertificateProperties.Policy policy;

	CertificatePolicies(CertificateProperties properties) {
		this.policy = properties.policy();
	}

	/**
	 * Returns the policy for requests on a team's tenants.
	 * @param team the tenant's team, or {@code null}
	 * @return the team's policy, or the default
	 */
	public CertificatePolicy policyFor(String team) {
		CertificatePolicy teamPolicy = (team != null) ? this.policy.teams().get(team) : null;
		return (teamPolicy != null) ? teamPolicy : this.policy.defaultPolicy();
	}

}
