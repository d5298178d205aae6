package com.vhostportal.certificate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vhostportal.certificate.CertificateProperties.Policy;
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
		CertificateFinding error = finding(FindingRule.WEAK_KEY, FindingSeverity.ERROR);
		CertificateFinding warning = finding(FindingRule.EXPIRES_SOON, FindingSeverity.WARNING);

		assertThat(report(error).blocks(CertificatePolicy.BLOCK)).isTrue();
		assertThat(report(error).blocks(CertificatePolicy.WARN)).isFalse();
		assertThat(report(warning).blocks(CertificatePolicy.BLOCK)).isFalse();
	}

	private static CertificateFinding finding(FindingRule rule, FindingSeverity severity) {
		return new CertificateFinding(rule, severity, "s", "c", "p", "f");
	}

	private static CertificateReport report(CertificateFinding finding) {
		return new CertificateReport(true, List.of(finding), null, null);
	}

	private static CertificatePolicies policies(CertificatePolicy defaultPolicy) {
		Map<String, CertificatePolicy> teams = Map.of("payments", CertificatePolicy.BLOCK);
		Policy policy = new Policy(defaultPolicy, teams);
		Duration cacheTtl = Duration.ofSeconds(60);
		CertificateProperties properties = new CertificateProperties(cacheTtl, policy);
		return new CertificatePolicies(properties);
	}

}
