package com.vhostportal.certificate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePoliciesTests {

	@Test
	void policyForWhenUserHasNoTeamThenDefault() {
		CertificatePolicies policies = policies(CertificatePolicy.BLOCK, new NoTeams());

		assertThat(policies.policyFor("ada")).isEqualTo(CertificatePolicy.BLOCK);
	}

	@Test
	void policyForWhenTeamHasPolicyThenTeamPolicyOverridesDefault() {
		CertificatePolicies policies = policies(CertificatePolicy.WARN,
				(username) -> username.equals("bob") ? Optional.of("payments") : Optional.of("marketing"));

		assertThat(policies.policyFor("bob")).isEqualTo(CertificatePolicy.BLOCK);
		assertThat(policies.policyFor("eve")).isEqualTo(CertificatePolicy.WARN);
	}

	@Test
	void blocksWhenFailingFindingUnderBlockThenTrueOtherwiseFalse() {
		CertificateFinding error = new CertificateFinding(FindingRule.WEAK_KEY, FindingSeverity.ERROR, "s", "c", "p",
				"f");
		CertificateFinding warning = new CertificateFinding(FindingRule.EXPIRES_SOON, FindingSeverity.WARNING, "s", "c",
				"p", "f");

		assertThat(new CertificateReport(true, java.util.List.of(error), null, null).blocks(CertificatePolicy.BLOCK))
			.isTrue();
		assertThat(new CertificateReport(true, java.util.List.of(error), null, null).blocks(CertificatePolicy.WARN))
			.isFalse();
		assertThat(new CertificateReport(true, java.util.List.of(warning), null, null).blocks(CertificatePolicy.BLOCK))
			.isFalse();
	}

	private static CertificatePolicies policies(CertificatePolicy defaultPolicy, TeamResolver teams) {
		CertificateProperties properties = new CertificateProperties(Duration.ofSeconds(60),
				new CertificateProperties.Policy(defaultPolicy, Map.of("payments", CertificatePolicy.BLOCK)));
		return new CertificatePolicies(properties, teams);
	}

}
