package com.vhostportal.sandbox;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the X.509 certificates of the sandbox's seed stores. Keys come from the JDK's
 * providers; Bouncy Castle only builds and signs the certificates, so no security
 * provider is registered globally.
 */
final class SandboxCertificateAuthority {

	private static final SecureRandom random = new SecureRandom();

	private SandboxCertificateAuthority() {
	}

	static KeyPair rsaKeyPair(int bits) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(bits, random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an RSA-" + bits + " key pair", ex);
		}
	}

	static KeyPair ecKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an EC P-256 key pair", ex);
		}
	}

	/**
	 * Issues a certificate that signs itself.
	 * @param template what the certificate says
	 * @return the certificate with its key pair
	 */
	static Issued selfSigned(Template template) {
		return sign(template, template.subject(), template.keyPair);
	}

	/**
	 * Issues a certificate signed by another.
	 * @param template what the certificate says
	 * @param issuer the issuing certificate with its key pair
	 * @return the certificate with its key pair
	 */
	static Issued issue(Template template, Issued issuer) {
		byte[] issuerName = issuer.certificate().getSubjectX500Principal().getEncoded();
		return sign(template, X500Name.getInstance(issuerName), issuer.keyPair());
	}

	private static Issued sign(Template template, X500Name issuer, KeyPair signer) {
		try {
			X509v3CertificateBuilder builder = unsigned(template, issuer);
			template.addExtensions(builder, signer.getPublic());
			String algorithm = template.signatureAlgorithm(signer);
			JcaContentSignerBuilder signing = new JcaContentSignerBuilder(algorithm);
			ContentSigner contentSigner = signing.build(signer.getPrivate());
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
			X509Certificate certificate = converter.getCertificate(builder.build(contentSigner));
			return new Issued(certificate, template.keyPair);
		}
		catch (GeneralSecurityException | OperatorCreationException | CertIOException ex) {
			String message = "Cannot issue the sandbox certificate " + template.commonName;
			throw new IllegalStateException(message, ex);
		}
	}

	private static BigInteger serialNumber() {
		return new BigInteger(64, random).setBit(63);
	}

	private static X509v3CertificateBuilder unsigned(Template template, X500Name issuer) {
		BigInteger serial = serialNumber();
		Date from = Date.from(template.notBefore);
		Date until = Date.from(template.notAfter);
		X500Name subject = template.subject();
		PublicKey key = template.keyPair.getPublic();
		return new JcaX509v3CertificateBuilder(issuer, serial, from, until, subject, key);
	}

	private static KeyUsage keyUsage(Template template) {
		if (template.usage == Usage.CA) {
			return new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
		}
		boolean rsa = "RSA".equals(template.keyPair.getPublic().getAlgorithm());
		int encipherment = rsa ? KeyUsage.keyEncipherment : 0;
		return new KeyUsage(KeyUsage.digitalSignature | encipherment);
	}

	private static ExtendedKeyUsage extendedKeyUsage(Template template) {
		if (template.usage == Usage.SERVER) {
			return new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth);
		}
		return new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth);
	}

	private static GeneralNames subjectAlternativeNames(Template template) {
		GeneralName[] names = template.dnsNames.stream()
			.map((dnsName) -> new GeneralName(GeneralName.dNSName, dnsName))
			.toArray(GeneralName[]::new);
		return new GeneralNames(names);
	}

	/**
	 * What a certificate is for.
	 */
	enum Usage {

		/** Issues other certificates. */
		CA,

		/** Identifies a TLS server. */
		SERVER,

		/** Identifies a TLS client (mTLS). */
		CLIENT

	}

	/**
	 * What a certificate says, built up step by step before it is signed.
	 */
	static final class Template {

		private final String commonName;

		private final KeyPair keyPair;

		private final Usage usage;

		private String organization;

		private String email;

		private List<String> dnsNames = List.of();

		private Instant notBefore;

		private Instant notAfter;

		private String signatureAlgorithm;

		/**
		 * Starts a template.
		 * @param commonName the subject CN
		 * @param keyPair the key pair of the subject
		 * @param usage what the certificate is for
		 */
		Template(String commonName, KeyPair keyPair, Usage usage) {
			this.commonName = commonName;
			this.keyPair = keyPair;
			this.usage = usage;
		}

		Template organization(String organization) {
			this.organization = organization;
			return this;
		}

		Template email(String email) {
			this.email = email;
			return this;
		}

		Template dnsNames(String... dnsNames) {
			this.dnsNames = List.of(dnsNames);
			return this;
		}

		Template validity(Instant notBefore, Instant notAfter) {
			this.notBefore = notBefore;
			this.notAfter = notAfter;
			return this;
		}

		/**
		 * Overrides the signature algorithm, which is otherwise SHA-256 with the type of
		 * the signing key.
		 * @param signatureAlgorithm a JCA signature algorithm name
		 * @return this template
		 */
		Template signatureAlgorithm(String signatureAlgorithm) {
			this.signatureAlgorithm = signatureAlgorithm;
			return this;
		}

		private void addExtensions(X509v3CertificateBuilder builder, PublicKey issuerKey)
				throws GeneralSecurityException, CertIOException {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			PublicKey subjectKey = this.keyPair.getPublic();
			SubjectKeyIdentifier subjectKeyId = utils.createSubjectKeyIdentifier(subjectKey);
			builder.addExtension(Extension.subjectKeyIdentifier, false, subjectKeyId);
			AuthorityKeyIdentifier authorityKeyId = utils.createAuthorityKeyIdentifier(issuerKey);
			builder.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyId);
			boolean ca = this.usage == Usage.CA;
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
			builder.addExtension(Extension.keyUsage, true, keyUsage(this));
			if (!ca) {
				builder.addExtension(Extension.extendedKeyUsage, false, extendedKeyUsage(this));
			}
			if (!this.dnsNames.isEmpty()) {
				GeneralNames names = subjectAlternativeNames(this);
				builder.addExtension(Extension.subjectAlternativeName, false, names);
			}
		}

		private String signatureAlgorithm(KeyPair signer) {
			if (this.signatureAlgorithm != null) {
				return this.signatureAlgorithm;
			}
			boolean ec = "EC".equals(signer.getPrivate().getAlgorithm());
			return ec ? "SHA256withECDSA" : "SHA256withRSA";
		}

		private X500Name subject() {
			X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
			name.addRDN(BCStyle.CN, this.commonName);
			if (this.organization != null) {
				name.addRDN(BCStyle.O, this.organization);
			}
			if (this.email != null) {
				name.addRDN(BCStyle.EmailAddress, this.email);
			}
			return name.build();
		}

	}

	/**
	 * An issued certificate with the key pair of its subject.
	 *
	 * @param certificate the certificate
	 * @param keyPair the key pair of its subject
	 */
	record Issued(X509Certificate certificate, KeyPair keyPair) {

		@Override
		public String toString() {
			return "Issued[" + this.certificate.getSubjectX500Principal() + "]";
		}

	}

}
