package com.vhostportal.certificate;

import java.security.KeyPair;
import java.util.List;

import com.vhostportal.apim.StoreCertificate;
import com.vhostportal.certificate.TestCertificates.Issued;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

import static com.vhostportal.certificate.TestCertificates.NOW;
import static com.vhostportal.certificate.TestCertificates.certificate;
import static com.vhostportal.certificate.TestCertificates.root;
import static org.assertj.core.api.Assertions.assertThat;

class TruststoreRulesTests {

	private static final String STORE = "partners";

	private final Issued root = root("Partner Root CA").issue();

	private final CertificateDetails rootDetails = this.root.details("root", STORE);

	private final Issued intermediate = certificate("Partner Issuing CA").ca()
		.key(TestCertificates.ec("secp256r1"))
		.issuedBy(this.root)
		.issue();

	@Test
	void checkWhenChainOfThreeWithEcKeysAndClientAuthThenPassesEveryCheck() {
		Issued client = clientOf(this.intermediate).issue();
		CertificateDetails issuing = this.intermediate.details("issuing", STORE);
		CertificateDetails leaf = client.details("client", STORE);

		List<CertificateFinding> findings = check(this.rootDetails, issuing, leaf);

		assertThat(findings).isEmpty();
		List<CertificateDetails> all = List.of(this.rootDetails, issuing, leaf);
		List<CertificateChain> chains = CertificateChains.of(all);
		assertThat(chains).singleElement().satisfies((chain) -> {
			assertThat(chain.complete()).isTrue();
			assertThat(chain.certificates()).extracting(CertificateDetails::name)
				.containsExactly("client", "issuing", "root");
		});
	}

	@Test
	void checkWhenRsaKeyUnder2048BitsThenWeakKey() {
		Issued weak = root("Legacy RSA-1024 CA").key(TestCertificates.rsa(1024)).issue();

		assertThat(check(weak.details("legacy", STORE))).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.WEAK_KEY);
			assertThat(finding.failing()).isTrue();
			assertThat(finding.certificate()).isEqualTo("legacy");
			assertThat(finding.problem()).contains("legacy", "RSA", "1024", "2048");
			assertThat(finding.fix()).contains("2048");
		});
	}

	@Test
	void checkWhenDsaKeyUnder2048BitsThenWeakKey() {
		Issued weak = clientOf(this.root).key(TestCertificates.dsa(1024)).issue();

		List<CertificateFinding> findings = check(this.rootDetails, weak.details("dsa", STORE));

		assertThat(rules(findings)).containsExactly(FindingRule.WEAK_KEY);
	}

	@Test
	void checkWhenEcKeyUnder224BitsThenWeakKey() {
		Issued weak = clientOf(this.root).key(TestCertificates.ec("secp192r1")).issue();

		List<CertificateFinding> findings = check(this.rootDetails, weak.details("p192", STORE));

		assertThat(rules(findings)).containsExactly(FindingRule.WEAK_KEY);
		assertThat(findings.get(0).problem()).contains("EC", "192", "224");
	}

	@Test
	void checkWhenEcKeyOf224BitsThenNotWeak() {
		Issued client = clientOf(this.root).key(TestCertificates.ec("secp224r1")).issue();

		assertThat(check(this.rootDetails, client.details("p224", STORE))).isEmpty();
	}

	@Test
	void checkWhenSha1SignatureAnywhereInChainThenWeakSignatureOnThatCertificate() {
		Issued sha1Intermediate = certificate("SHA-1 Issuing CA").ca()
			.issuedBy(this.root)
			.signedWith("SHA1withRSA")
			.issue();
		Issued client = clientOf(sha1Intermediate).issue();

		CertificateDetails issuing = sha1Intermediate.details("issuing", STORE);
		CertificateDetails leaf = client.details("client", STORE);

		List<CertificateFinding> findings = check(this.rootDetails, issuing, leaf);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.WEAK_SIGNATURE);
			assertThat(finding.certificate()).isEqualTo("issuing");
			assertThat(finding.problem()).contains("SHA1withRSA");
		});
	}

	@Test
	void checkWhenMd5SignedRootThenWeakSignature() {
		Issued md5 = root("MD5 Root").signedWith("MD5withRSA").issue();

		List<CertificateFinding> findings = check(md5.details("md5", STORE));

		assertThat(rules(findings)).containsExactly(FindingRule.WEAK_SIGNATURE);
	}

	@Test
	void checkWhenIntermediateMissingThenIssuerMissingNamesIt() {
		Issued client = clientOf(this.intermediate).issue();
		CertificateDetails leaf = client.details("client", STORE);

		List<CertificateFinding> findings = check(this.rootDetails, leaf);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.ISSUER_MISSING);
			assertThat(finding.certificate()).isEqualTo("client");
			assertThat(finding.problem()).contains("Partner Issuing CA");
		});
	}

	@Test
	void checkWhenNoRootThenIssuerMissingAndNoRoot() {
		Issued client = clientOf(this.intermediate).issue();

		List<CertificateFinding> findings = check(this.intermediate.details("issuing", STORE),
				client.details("client", STORE));

		List<FindingRule> expected = List.of(FindingRule.ISSUER_MISSING, FindingRule.NO_ROOT);
		assertThat(rules(findings)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(findings).filteredOn((finding) -> finding.rule() == FindingRule.ISSUER_MISSING)
			.singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("Partner Root CA"));
	}

	@Test
	void checkWhenIssuingCertificateIsNoCaThenLeafWhereCaBelongs() {
		Issued notCa = certificate("Not a CA").notCa().issuedBy(this.root).issue();
		Issued client = clientOf(notCa).issue();

		List<CertificateFinding> findings = check(this.rootDetails, notCa.details("not-ca", STORE),
				client.details("client", STORE));

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.LEAF_AS_CA);
			assertThat(finding.certificate()).isEqualTo("not-ca");
		});
	}

	@Test
	void checkWhenOnlySelfSignedLeafThenLeafWhereCaBelongsAndNoRoot() {
		Issued selfSigned = certificate("self-signed client").notCa().clientAuth().issue();

		List<CertificateFinding> findings = check(selfSigned.details("self", STORE));

		List<FindingRule> expected = List.of(FindingRule.LEAF_AS_CA, FindingRule.NO_ROOT);
		assertThat(rules(findings)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void checkWhenClientCertificateOnlyForServerAuthThenClientAuthMissing() {
		Issued server = clientOf(this.root).serverAuth().issue();
		CertificateDetails leaf = server.details("server", STORE);

		List<CertificateFinding> findings = check(this.rootDetails, leaf);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.CLIENT_AUTH_MISSING);
			assertThat(finding.problem()).contains("serverAuth");
		});
	}

	@Test
	void checkWhenClientCertificateWithoutExtendedKeyUsageThenClientAuthMissing() {
		Issued noUsage = certificate("no usage").notCa().issuedBy(this.root).issue();

		assertThat(rules(check(this.rootDetails, noUsage.details("plain", STORE))))
			.containsExactly(FindingRule.CLIENT_AUTH_MISSING);
	}

	@Test
	void checkWhenAnyExtendedKeyUsageThenClientAuthAccepted() {
		Issued any = clientOf(this.root).usages(KeyPurposeId.anyExtendedKeyUsage).issue();

		assertThat(check(this.rootDetails, any.details("any", STORE))).isEmpty();
	}

	@Test
	void checkWhenCaExpiredThenExpiredFails() {
		Issued expired = root("Old Root").expiresInDays(-3).issue();

		assertThat(check(expired.details("old", STORE))).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.EXPIRED);
			assertThat(finding.failing()).isTrue();
		});
	}

	@Test
	void checkWhenStoreEmptyThenStoreEmpty() {
		assertThat(rules(TruststoreRules.check(STORE, List.of(), NOW, Texts.findings())))
			.containsExactly(FindingRule.STORE_EMPTY);
	}

	@Test
	void checkWhenContentMissingThenNotCheckedWarningOnly() {
		// @formatter:off
		StoreCertificate blind = new StoreCertificate("blind", STORE, "/Date(1893456000000)/",
				"/Date(1700000000000)/", "SHA256withRSA", "true", null);
		// @formatter:on
		CertificateDetails fields = CertificateDecoder.decode(blind);

		List<CertificateFinding> findings = check(this.rootDetails, fields);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(FindingRule.NOT_CHECKED);
			assertThat(finding.failing()).isFalse();
		});
	}

	private static TestCertificates.Spec clientOf(Issued issuer) {
		KeyPair key = TestCertificates.ec("secp256r1");
		return certificate("orders-client").notCa().clientAuth().key(key).issuedBy(issuer);
	}

	private static List<CertificateFinding> check(CertificateDetails... certificates) {
		return TruststoreRules.check(STORE, List.of(certificates), NOW, Texts.findings());
	}

	private static List<FindingRule> rules(List<CertificateFinding> findings) {
		return findings.stream().map(CertificateFinding::rule).toList();
	}

}
