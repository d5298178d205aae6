package com.vhostportal.certificate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.interfaces.DHPublicKey;
import javax.security.auth.x500.X500Principal;

import com.vhostportal.apim.StoreCertificate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/**
 * Reads a certificate of a store: its {@code content} (base64 DER, PEM, or base64 of PEM)
 * when there is one, otherwise SAP's own fields.
 */
final class CertificateDecoder {

	private static final Map<String, String> KEY_PURPOSES = keyPurposeNames();

	private static final int DNS_NAME = 2;

	private CertificateDecoder() {
	}

	/**
	 * Reads one certificate.
	 * @param certificate the certificate as API Management lists it
	 * @return what could be read
	 */
	static CertificateDetails decode(StoreCertificate certificate) {
		if (certificate.content() == null || certificate.content().isBlank()) {
			return fromFields(certificate, "certificate.content.missing");
		}
		try {
			return fromContent(certificate, parse(certificate.content()));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return fromFields(certificate, "certificate.content.unreadable");
		}
	}

	private static X509Certificate parse(String content) throws GeneralSecurityException {
		String text = content.trim();
		byte[] bytes = text.contains("-----BEGIN") ? text.getBytes(StandardCharsets.US_ASCII)
				: Base64.getMimeDecoder().decode(text);
		CertificateFactory factory = CertificateFactory.getInstance("X.509");
		// The JDK's factory reads DER and PEM alike, so base64 of a PEM file works too.
		return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(bytes));
	}

	private static CertificateDetails fromFields(StoreCertificate certificate, String unreadable) {
		// @formatter:off
		return new CertificateDetails(
				certificate.name(),
				certificate.storeName(),
				unreadable,
				null,
				null,
				List.of(),
				List.of(),
				SapFields.date(certificate.validFrom()),
				SapFields.date(certificate.expiryDate()),
				null,
				null,
				certificate.signAlgName(),
				List.of(),
				false,
				false,
				false,
				SapFields.flag(certificate.isValid()),
				null,
				null,
				null);
		// @formatter:on
	}

	private static CertificateDetails fromContent(StoreCertificate stored, X509Certificate x509)
			throws GeneralSecurityException {
		X500Principal subject = x509.getSubjectX500Principal();
		X500Principal issuer = x509.getIssuerX500Principal();
		List<String> extendedKeyUsages = x509.getExtendedKeyUsage();
		String subjectKey = subject.getName(X500Principal.CANONICAL);
		String issuerKey = issuer.getName(X500Principal.CANONICAL);
		// @formatter:off
		return new CertificateDetails(
				stored.name(),
				stored.storeName(),
				null,
				subject.getName(),
				issuer.getName(),
				alternativeNames(x509, false),
				alternativeNames(x509, true),
				x509.getNotBefore().toInstant(),
				x509.getNotAfter().toInstant(),
				keyAlgorithm(x509.getPublicKey()),
				keyBits(x509.getPublicKey()),
				x509.getSigAlgName(),
				keyPurposes(extendedKeyUsages),
				extendedKeyUsages != null,
				x509.getBasicConstraints() >= 0,
				subjectKey.equals(issuerKey),
				SapFields.flag(stored.isValid()),
				fingerprint(x509),
				subjectKey,
				issuerKey);
		// @formatter:on
	}

	private static List<String> alternativeNames(X509Certificate certificate, boolean dnsOnly)
			throws CertificateParsingException {
		Collection<List<?>> names = certificate.getSubjectAlternativeNames();
		List<String> result = new ArrayList<>();
		if (names == null) {
			return result;
		}
		for (List<?> name : names) {
			int type = (Integer) name.get(0);
			Object value = name.get(1);
			String text = (value instanceof String string) ? string : "\u2026";
			if (!dnsOnly) {
				result.add(typeName(type) + ":" + text);
			}
			else if (type == DNS_NAME) {
				result.add(text);
			}
		}
		return result;
	}

	// The names follow the tags of the GeneralName choices in RFC 5280.
	private static String typeName(int type) {
		String[] names = { "other", "email", "DNS", "X400", "DirName", "EDI", "URI", "IP", "RID" };
		return names[type];
	}

	private static String keyAlgorithm(PublicKey key) {
		if (key instanceof RSAPublicKey) {
			return "RSA";
		}
		if (key instanceof ECPublicKey) {
			return "EC";
		}
		if (key instanceof DSAPublicKey) {
			return "DSA";
		}
		return (key instanceof DHPublicKey) ? "DH" : key.getAlgorithm();
	}

	// OpenSSL counts an EC key by the order of its curve: P-256 is 256 bits.
	private static Integer keyBits(PublicKey key) {
		if (key instanceof RSAPublicKey rsa) {
			return rsa.getModulus().bitLength();
		}
		if (key instanceof ECPublicKey ec) {
			return ec.getParams().getOrder().bitLength();
		}
		if ("EC".equals(key.getAlgorithm())) {
			return curveBits(key);
		}
		if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
			return dsa.getParams().getP().bitLength();
		}
		if (key instanceof DHPublicKey dh) {
			return dh.getParams().getP().bitLength();
		}
		return null;
	}

	// The JDK gives no ECPublicKey for curves it does not support (P-192 and other weak
	// ones), which are just the keys level 2 refuses; the curve is read from the key's
	// encoding instead.
	private static Integer curveBits(PublicKey key) {
		try {
			SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
			ASN1Encodable parameters = info.getAlgorithm().getParameters();
			X9ECParameters curve = curve(parameters);
			return (curve != null) ? curve.getN().bitLength() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static X9ECParameters curve(ASN1Encodable parameters) {
		if (parameters instanceof ASN1ObjectIdentifier oid) {
			return ECNamedCurveTable.getByOID(oid);
		}
		return X9ECParameters.getInstance(parameters);
	}

	private static List<String> keyPurposes(List<String> oids) {
		if (oids == null) {
			return List.of();
		}
		return oids.stream().map((oid) -> KEY_PURPOSES.getOrDefault(oid, oid)).toList();
	}

	private static Map<String, String> keyPurposeNames() {
		Map<String, String> names = new HashMap<>();
		names.put("1.3.6.1.5.5.7.3.1", "serverAuth");
		names.put("1.3.6.1.5.5.7.3.2", "clientAuth");
		names.put("1.3.6.1.5.5.7.3.3", "codeSigning");
		names.put("1.3.6.1.5.5.7.3.4", "emailProtection");
		names.put("1.3.6.1.5.5.7.3.8", "timeStamping");
		names.put("1.3.6.1.5.5.7.3.9", "OCSPSigning");
		names.put("2.5.29.37.0", "anyExtendedKeyUsage");
		return Map.copyOf(names);
	}

	private static String fingerprint(X509Certificate x509) throws GeneralSecurityException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(x509.getEncoded());
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
	}

}
