package com.vhostportal.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.vhostportal.apim.StoreCertificate;
import com.vhostportal.certificate.TestCertificates.Issued;
import org.junit.jupiter.api.Test;

import static com.vhostportal.certificate.TestCertificates.certificate;
import static com.vhostportal.certificate.TestCertificates.ec;
import static com.vhostportal.certificate.TestCertificates.root;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateDecoderTests {

	private final Issued root = root("Decoder Root").issue();

	@Test
	void decodeWhenBase64DerThenEveryFieldRead() {
		Issued server = certificate("apis.example.com").notCa()
			.serverAuth()
			.dns("apis.example.com", "*.example.com")
			.issuedBy(this.root)
			.issue();

		CertificateDetails details = server.details("apis", "keys");

		assertThat(details.readable()).isTrue();
		assertThat(details.subject()).isEqualTo("O=Test,CN=apis.example.com");
		assertThat(details.issuer()).isEqualTo("O=Test,CN=Decoder Root");
		assertThat(details.dnsNames()).containsExactly("apis.example.com", "*.example.com");
		List<String> alternativeNames = details.subjectAlternativeNames();
		assertThat(alternativeNames).containsExactly("DNS:apis.example.com", "DNS:*.example.com");
		assertThat(details.keyDescription()).isEqualTo("RSA 2048");
		assertThat(details.signatureAlgorithm()).isEqualTo("SHA256withRSA");
		assertThat(details.extendedKeyUsages()).containsExactly("serverAuth");
		assertThat(details.ca()).isFalse();
		assertThat(details.selfIssued()).isFalse();
		assertThat(details.notAfter()).isEqualTo(server.certificate().getNotAfter().toInstant());
		assertThat(details.fingerprint()).hasSize(95);
		assertThat(details.sapValid()).isTrue();
	}

	@Test
	void decodeWhenEcKeysThenCurveBits() {
		Issued p256 = certificate("p256").key(ec("secp256r1")).issuedBy(this.root).issue();
		Issued p384 = certificate("p384").key(ec("secp384r1")).issuedBy(this.root).issue();
		Issued p192 = certificate("p192").key(ec("secp192r1")).issuedBy(this.root).issue();

		assertThat(p256.details("a", "s").keyDescription()).isEqualTo("EC 256");
		assertThat(p384.details("b", "s").keyDescription()).isEqualTo("EC 384");
		assertThat(p192.details("c", "s").keyDescription()).isEqualTo("EC 192");
	}

	@Test
	void decodeWhenRootThenSelfIssuedCa() {
		CertificateDetails details = this.root.details("root", "trust");

		assertThat(details.ca()).isTrue();
		assertThat(details.selfIssued()).isTrue();
		assertThat(details.extendedKeyUsagePresent()).isFalse();
	}

	@Test
	void decodeWhenPemOrBase64OfPemThenSameAsDer() {
		String begin = "-----BEGIN CERTIFICATE-----\n";
		String end = "\n-----END CERTIFICATE-----\n";
		String pem = begin + this.root.base64() + end;
		byte[] ascii = pem.getBytes(StandardCharsets.US_ASCII);
		String base64OfPem = Base64.getEncoder().encodeToString(ascii);

		CertificateDetails fromPem = CertificateDecoder.decode(stored(pem));
		CertificateDetails fromBase64OfPem = CertificateDecoder.decode(stored(base64OfPem));

		assertThat(fromPem.fingerprint()).isEqualTo(this.root.details("root", "s").fingerprint());
		assertThat(fromBase64OfPem.fingerprint()).isEqualTo(fromPem.fingerprint());
	}

	@Test
	void decodeWhenContentMissingThenSaysSoAndUsesSapFields() {
		// @formatter:off
		StoreCertificate listed = new StoreCertificate("blind", "s", "/Date(1767225600000)/",
				"2025-01-01", "SHA1withRSA", "false", null);
		// @formatter:on

		CertificateDetails details = CertificateDecoder.decode(listed);

		assertThat(details.readable()).isFalse();
		assertThat(details.unreadable()).isEqualTo("certificate.content.missing");
		assertThat(details.notAfter()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(details.notBefore()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
		assertThat(details.signatureAlgorithm()).isEqualTo("SHA1withRSA");
		assertThat(details.sapValid()).isFalse();
		assertThat(details.keyDescription()).isNull();
	}

	@Test
	void decodeWhenContentIsNoCertificateThenUnreadable() {
		assertThat(CertificateDecoder.decode(stored("bm90IGEgY2VydGlmaWNhdGU=")).unreadable())
			.isEqualTo("certificate.content.unreadable");
		assertThat(CertificateDecoder.decode(stored("%%% not base64")).unreadable())
			.isEqualTo("certificate.content.unreadable");
	}

	@Test
	void daysLeftWhenPartOfADayThenCountsAsADay() {
		Issued twelve = certificate("twelve").expiresInDays(12).issue();
		Instant fiveDaysOn = TestCertificates.NOW.plus(Duration.ofDays(5));
		Instant twelveDaysOn = TestCertificates.NOW.plus(Duration.ofDays(12));
		Instant fourteenDaysOn = TestCertificates.NOW.plus(Duration.ofDays(14));

		CertificateDetails details = twelve.details("t", "s");

		assertThat(details.daysLeft(TestCertificates.NOW)).isEqualTo(12);
		assertThat(details.expiryState(TestCertificates.NOW)).isEqualTo(ExpiryState.WARNING);
		assertThat(details.expiryState(fiveDaysOn)).isEqualTo(ExpiryState.CRITICAL);
		assertThat(details.expiryState(twelveDaysOn)).isEqualTo(ExpiryState.EXPIRED);
		assertThat(details.daysLeft(twelveDaysOn)).isEqualTo(-1);
		assertThat(details.daysLeft(fourteenDaysOn)).isEqualTo(-2);
	}

	private static StoreCertificate stored(String content) {
		return new StoreCertificate("c", "s", null, null, null, null, content);
	}

}
