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

		assertThat(check("apis", "APIS.example.com.", apis)).isEmpty();
	}

	@Test
	void checkWhenWildcardOneLabelAboveThenCovered() {
		Issued wildcard = server().dns("*.example.com").issue();

		assertThat(check("wild", "orders.example.com", wildcard)).isEmpty();
	}

	@Test
	void checkWhenWildcardWouldCoverTwoLabelsThenDomainNotCovered() {
		Issued wildcard = server().dns("*.example.com").issue();

		List<CertificateFinding> findings = check("wild", "a.orders.example.com", wildcard);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.DOMAIN_NOT_COVERED);
			assertThat(finding.failing()).isTrue();
			assertThat(finding.problem()).contains("a.orders.example.com", "*.example.com");
		});
	}

	@Test
	void checkWhenCertificateHasNoDnsNamesThenDomainNotCovered() {
		Issued cnOnly = server().issue();

		List<CertificateFinding> findings = check("cn", "apis.example.com", cnOnly);

		assertThat(rules(findings)).containsExactly(FindingRule.DOMAIN_NOT_COVERED);
	}

	@Test
	void checkWhenAliasNotInStoreThenKeyAliasMissingListsTheAliases() {
		Issued apis = server().dns("apis.example.com").issue();

		CertificateDetails stored = apis.details("apis", STORE);

		List<CertificateFinding> findings = check("nope", "apis.example.com", stored);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.KEY_ALIAS_MISSING);
			assertThat(finding.problem()).contains("nope", STORE);
			assertThat(finding.fix()).contains("apis");
		});
	}

	@Test
	void checkWhenExpiredThenExpiredFails() {
		Issued expired = server().dns("apis.example.com").expiresInDays(-1).issue();

		List<CertificateFinding> findings = check("apis", "apis.example.com", expired);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRED);
			assertThat(finding.failing()).isTrue();
		});
	}

	@Test
	void checkWhenExpiringWithinThirtyDaysThenWarningThatDoesNotFail() {
		Issued expiring = server().dns("apis.example.com").expiresInDays(20).issue();

		List<CertificateFinding> findings = check("apis", "apis.example.com", expiring);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRES_SOON);
			assertThat(finding.failing()).isFalse();
			assertThat(finding.problem()).contains("20 days");
		});
	}

	@Test
	void checkWhenExpiringWithinSevenDaysThenCriticalFails() {
		Issued critical = server().dns("apis.example.com").expiresInDays(5).issue();

		List<CertificateFinding> findings = check("apis", "apis.example.com", critical);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRES_SOON);
			assertThat(finding.failing()).isTrue();
		});
	}

	@Test
	void checkWhenNotYetValidThenNotYetValidFails() {
		Issued future = server().dns("apis.example.com").validFromInDays(3).issue();

		List<CertificateFinding> findings = check("apis", "apis.example.com", future);

		assertThat(rules(findings)).containsExactly(FindingRule.NOT_YET_VALID);
	}

	@Test
	void checkWhenLayoutHasNoAliasThenEveryCertificateChecked() {
		Issued good = server().dns("apis.example.com").issue();
		Issued expired = server().dns("apis.example.com").expiresInDays(-10).issue();

		CertificateDetails current = good.details("good", STORE);
		CertificateDetails old = expired.details("old", STORE);

		List<CertificateFinding> findings = check(null, "apis.example.com", current, old);

		assertThat(findings).extracting(CertificateFinding::certificate).containsExactly("old");
	}

	private static TestCertificates.Spec server() {
		return certificate("apis.example.com").notCa().serverAuth();
	}

	private List<CertificateFinding> check(String alias, String host, Issued certificate) {
		return check(alias, host, certificate.details(alias, STORE));
	}

	private List<CertificateFinding> check(String alias, String host, CertificateDetails... in) {
		return KeystoreRules.check(STORE, List.of(in), alias, host, NOW, Texts.findings());
	}

	private static List<FindingRule> rules(List<CertificateFinding> findings) {
		return findings.stream().map(CertificateFinding::rule).toList();
	}

}
