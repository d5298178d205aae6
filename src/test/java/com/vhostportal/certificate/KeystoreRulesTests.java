package com.vhostportal.certificate;

import java.util.List;

import com.vhostportal.certificate.TestCertificates.Issued;
import org.junit.jupiter.api.Test;

import static com.vhostportal.certificate.TestCertificates.NOW;
import static com.vhostportal.certificate.TestCertificates.certificate;
import static org.assertj.core.api.Assertions.assertThat;

class KeystoreRulesTests {

	private static final String STORE = "server-keys";

	@Test
	void checkWhenAliasValidAndNamesCoverHostThenPassesEveryCheck() {
		Issued apis = server().dns("apis.example.com").issue();

		assertThat(check(apis.details("apis", STORE), "apis", "APIS.example.com.")).isEmpty();
	}

	@Test
	void checkWhenWildcardOneLabelAboveThenCovered() {
		Issued wildcard = server().dns("*.example.com").issue();

		assertThat(check(wildcard.details("wild", STORE), "wild", "orders.example.com")).isEmpty();
	}

	@Test
	void checkWhenWildcardWouldCoverTwoLabelsThenDomainNotCovered() {
		Issued wildcard = server().dns("*.example.com").issue();

		List<CertificateFinding> findings = check(wildcard.details("wild", STORE), "wild", "a.orders.example.com");

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.DOMAIN_NOT_COVERED);
			assertThat(finding.failing()).isTrue();
			assertThat(finding.problem()).contains("a.orders.example.com", "*.example.com");
		});
	}

	@Test
	void checkWhenCertificateHasNoDnsNamesThenDomainNotCovered() {
		Issued cnOnly = server().issue();

		assertThat(rules(check(cnOnly.details("cn", STORE), "cn", "apis.example.com")))
			.containsExactly(FindingRule.DOMAIN_NOT_COVERED);
	}

	@Test
	void checkWhenAliasNotInStoreThenKeyAliasMissingListsTheAliases() {
		Issued apis = server().dns("apis.example.com").issue();

		List<CertificateFinding> findings = check(apis.details("apis", STORE), "nope", "apis.example.com");

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.KEY_ALIAS_MISSING);
			assertThat(finding.problem()).contains("nope", STORE);
			assertThat(finding.fix()).contains("apis");
		});
	}

	@Test
	void checkWhenExpiredThenExpiredFails() {
		Issued expired = server().dns("apis.example.com").expiresInDays(-1).issue();

		assertThat(check(expired.details("apis", STORE), "apis", "apis.example.com")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRED);
				assertThat(finding.failing()).isTrue();
			});
	}

	@Test
	void checkWhenExpiringWithinThirtyDaysThenWarningThatDoesNotFail() {
		Issued expiring = server().dns("apis.example.com").expiresInDays(20).issue();

		assertThat(check(expiring.details("apis", STORE), "apis", "apis.example.com")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRES_SOON);
				assertThat(finding.failing()).isFalse();
				assertThat(finding.problem()).contains("20 days");
			});
	}

	@Test
	void checkWhenExpiringWithinSevenDaysThenCriticalFails() {
		Issued critical = server().dns("apis.example.com").expiresInDays(5).issue();

		assertThat(check(critical.details("apis", STORE), "apis", "apis.example.com")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRES_SOON);
				assertThat(finding.failing()).isTrue();
			});
	}

	@Test
	void checkWhenNotYetValidThenNotYetValidFails() {
		Issued future = server().dns("apis.example.com").validFromInDays(3).issue();

		assertThat(rules(check(future.details("apis", STORE), "apis", "apis.example.com")))
			.containsExactly(FindingRule.NOT_YET_VALID);
	}

	@Test
	void checkWhenLayoutHasNoAliasThenEveryCertificateChecked() {
		Issued good = server().dns("apis.example.com").issue();
		Issued expired = server().dns("apis.example.com").expiresInDays(-10).issue();

		List<CertificateFinding> findings = KeystoreRules.check(STORE,
				List.of(good.details("good", STORE), expired.details("old", STORE)), null, "apis.example.com", NOW,
				Texts.findings());

		assertThat(findings).singleElement().satisfies((finding) -> assertThat(finding.certificate()).isEqualTo("old"));
	}

	private static TestCertificates.Spec server() {
		return certificate("apis.example.com").notCa().serverAuth();
	}

	private static List<CertificateFinding> check(CertificateDetails certificate, String alias, String host) {
		return KeystoreRules.check(STORE, List.of(certificate), alias, host, NOW, Texts.findings());
	}

	private static List<FindingRule> rules(List<CertificateFinding> findings) {
		return findings.stream().map(CertificateFinding::rule).toList();
	}

}
