package com.vhostportal.certificate;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vhostportal.apim.StoreCertificate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues X.509 certificates for tests, with every property a rule looks at under the
 * test's control. Key pairs are cached per type, since RSA key generation is slow.
 */
final class TestCertificates {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final SecureRandom random = new SecureRandom();

	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

	private static final Map<String, KeyPair> keys = new ConcurrentHashMap<>();

	private TestCertificates() {
	}

	static KeyPair rsa(int bits) {
		KeyPair cached = keys.get("RSA" + bits);
		if (cached == null) {
			cached = generate("RSA", bits);
			keys.putIfAbsent("RSA" + bits, cached);
		}
		return cached;
	}

	static KeyPair ec(String curve) {
		return keys.computeIfAbsent(curve, (name) -> {
			try {
				// Bouncy Castle also knows the curves the JDK no longer generates
				// (P-192).
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
				generator.initialize(new ECGenParameterSpec(curve), random);
				return generator.generateKeyPair();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	static KeyPair dsa(int bits) {
		return keys.computeIfAbsent("DSA" + bits, (name) -> generate("DSA", bits));
	}

	private static KeyPair generate(String algorithm, int bits) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			generator.initialize(bits, random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts a certificate with a subject common name, an RSA-2048 key, SHA-256, valid
	 * from a year before {@link #NOW} to a year after, no extensions.
	 */
	static Spec certificate(String commonName) {
		return new Spec(commonName);
	}

	/** Starts a self-signed root CA. */
	static Spec root(String commonName) {
		return certificate(commonName).ca();
	}

	/**
	 * A certificate under construction.
	 */
	static final class Spec {

		private final String commonName;

		private KeyPair keyPair = rsa(2048);

		private Issued issuer;

		private String signatureAlgorithm;

		private Boolean ca;

		private List<KeyPurposeId> usages;

		private final List<String> dnsNames = new ArrayList<>();

		private Instant notBefore = NOW.minus(Duration.ofDays(365));

		private Instant notAfter = NOW.plus(Duration.ofDays(365));

		private Spec(String commonName) {
			this.commonName = commonName;
		}

		Spec key(KeyPair keyPair) {
			this.keyPair = keyPair;
			return this;
		}

		Spec issuedBy(Issued issuer) {
			this.issuer = issuer;
			return this;
		}

		Spec signedWith(String signatureAlgorithm) {
			this.signatureAlgorithm = signatureAlgorithm;
			return this;
		}

		Spec ca() {
			this.ca = true;
			return this;
		}

		Spec notCa() {
			this.ca = false;
			return this;
		}

		Spec clientAuth() {
			return usages(KeyPurposeId.id_kp_clientAuth);
		}

		Spec serverAuth() {
			return usages(KeyPurposeId.id_kp_serverAuth);
		}

		Spec usages(KeyPurposeId... usages) {
			this.usages = List.of(usages);
			return this;
		}

		Spec dns(String... names) {
			this.dnsNames.addAll(List.of(names));
			return this;
		}

		Spec expiresInDays(long days) {
			this.notAfter = NOW.plus(Duration.ofDays(days)).minus(1, ChronoUnit.HOURS);
			return this;
		}

		Spec validFromInDays(long days) {
			this.notBefore = NOW.plus(Duration.ofDays(days));
			return this;
		}

		Issued issue() {
			try {
				X500Name subject = new X500Name("CN=" + this.commonName + ",O=Test");
				X509v3CertificateBuilder builder = certificateBuilder(subject);
				addExtensions(builder);
				return new Issued(sign(builder), this.keyPair);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot issue " + this.commonName, ex);
			}
		}

		private X509v3CertificateBuilder certificateBuilder(X500Name subject) {
			X500Name issuerName = (this.issuer != null) ? subjectOf(this.issuer) : subject;
			BigInteger serial = new BigInteger(64, random);
			Date from = Date.from(this.notBefore);
			Date until = Date.from(this.notAfter);
			PublicKey key = this.keyPair.getPublic();
			return new JcaX509v3CertificateBuilder(issuerName, serial, from, until, subject, key);
		}

		private static X500Name subjectOf(Issued issued) {
			byte[] encoded = issued.certificate().getSubjectX500Principal().getEncoded();
			return X500Name.getInstance(encoded);
		}

		private void addExtensions(X509v3CertificateBuilder builder) throws CertIOException {
			if (this.ca != null) {
				BasicConstraints constraints = new BasicConstraints(this.ca);
				builder.addExtension(Extension.basicConstraints, true, constraints);
			}
			if (this.usages != null) {
				KeyPurposeId[] purposes = this.usages.toArray(KeyPurposeId[]::new);
				ExtendedKeyUsage usage = new ExtendedKeyUsage(purposes);
				builder.addExtension(Extension.extendedKeyUsage, false, usage);
			}
			if (!this.dnsNames.isEmpty()) {
				GeneralName[] names = this.dnsNames.stream()
					.map((name) -> new GeneralName(GeneralName.dNSName, name))
					.toArray(GeneralName[]::new);
				GeneralNames alternativeNames = new GeneralNames(names);
				builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
			}
		}

		private X509Certificate sign(X509v3CertificateBuilder builder) throws Exception {
			KeyPair signer = (this.issuer != null) ? this.issuer.keyPair() : this.keyPair;
			PrivateKey signingKey = signer.getPrivate();
			JcaContentSignerBuilder signing = new JcaContentSignerBuilder(algorithm(signer));
			ContentSigner contentSigner = signing.setProvider(BOUNCY_CASTLE).build(signingKey);
			return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
		}

		private String algorithm(KeyPair signer) {
			if (this.signatureAlgorithm != null) {
				return this.signatureAlgorithm;
			}
			String keyAlgorithm = signer.getPrivate().getAlgorithm();
			if ("EC".equals(keyAlgorithm)) {
				return "SHA256withECDSA";
			}
			return "DSA".equals(keyAlgorithm) ? "SHA256withDSA" : "SHA256withRSA";
		}

	}

	/**
	 * An issued certificate with its key pair.
	 */
	record Issued(X509Certificate certificate, KeyPair keyPair) {

		String base64() {
			try {
				return Base64.getEncoder().encodeToString(this.certificate.getEncoded());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		StoreCertificate stored(String alias, String store) {
			String algorithm = this.certificate.getSigAlgName();
			return new StoreCertificate(alias, store, null, null, algorithm, "true", base64());
		}

		CertificateDetails details(String alias, String store) {
			return CertificateDecoder.decode(stored(alias, store));
		}

	}

}
