package com.vhostportal.certificate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePoliciesTests {

	@Test
	void policyForWhenTenantHasNoTeamThenDefault() {
		CertificatePolicies policies = policies(CertificatePolicy.BLOCK);

		assertThat(policies.policyFor(null)).isEqualTo(CertificatePolicy.BLOCK);
	}

	@Test
	void policyForWhenTeamHasPolicyThenTeamPolicyOverridesDefault() {
		CertificatePolicies policies = policies(CertificatePolicy.WARN);

		assertThat(policies.policyFor("payments")).isEqualTo(CertificatePolicy.BLOCK);
		assertThat(policies.policyFor("marketing")).isEqualTo(CertificatePolicy.WARN);
	}

	@Test
	void blocksWhenFailingFindingUnderBlockThenTrueOtherwiseFalse() {
		CertificateFinding error = new CertificateFinding(FindingRule.WEAK_KEY, FindingSeverity.ERROR, "s", "c", "p",
				"f");
		CertificateFinding warning = new CertificateFinding(FindingRule.EXPIRES_SOON, FindingSeverity.WARNING, "s", "c",
				"p", "f");

		assertThat(new CertificateReport(true, List.of(error), null, null).blocks(CertificatePolicy.BLOCK)).isTrue();
		assertThat(new CertificateReport(true, List.of(error), null, null).blocks(CertificatePolicy.WARN)).isFalse();
		assertThat(new CertificateReport(true, List.of(warning), null, null).blocks(CertificatePolicy.BLOCK)).isFalse();
	}

	private static CertificatePolicies policies(CertificatePolicy defaultPolicy) {
		CertificateProperties properties = new CertificateProperties(Duration.ofSeconds(60),
				new CertificateProperties.Policy(defaultPolicy, Map.of("payments", CertificatePolicy.BLOCK)));
		return new CertificatePolicies(properties);
	}

}
