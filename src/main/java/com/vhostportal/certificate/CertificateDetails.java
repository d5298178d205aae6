package com.vhostportal.certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the portal knows about one certificate of a store: read from its content where
 * there is one, otherwise from SAP's own fields.
 *
 * @param name the alias inside the store
 * @param storeName the store holding it
 * @param unreadable why the content could not be read (a message key), or {@code null}
 * when it was read
 * @param subject the subject distinguished name, or {@code null}
 * @param issuer the issuer distinguished name, or {@code null}
 * @param subjectAlternativeNames the subject alternative names, such as
 * {@code DNS:apis.example.com}
 * @param dnsNames the DNS names among them, as written
 * @param notBefore the start of validity, or {@code null}
 * @param notAfter the end of validity, or {@code null}
 * @param keyAlgorithm the key algorithm, such as {@code RSA} or {@code EC}, or
 * {@code null}
 * @param keyBits the key size in bits (the modulus for RSA, DSA and DH, the order of the
 * curve for EC), or {@code null}
 * @param signatureAlgorithm the signature algorithm, such as {@code SHA256withRSA}, or
 * {@code null}
 * @param extendedKeyUsages the extended key usages by name ({@code serverAuth},
 * {@code clientAuth}, or the OID); empty when the extension is absent
 * @param extendedKeyUsagePresent whether the certificate has the extension at all
 * @param ca whether its basic constraints make it a CA
 * @param selfIssued whether subject and issuer are the same name
 * @param sapValid SAP's own validity flag, or {@code null}
 * @param fingerprint the SHA-256 fingerprint in hex, or {@code null}
 * @param subjectKey the subject name in canonical form, for chain building
 * @param issuerKey the issuer name in canonical form, for chain building
 */
// @formatter:off
public record CertificateDetails(
		String name,
		String storeName,
		String unreadable,
		String subject,
		String issuer,
		List<String> subjectAlternativeNames,
		List<String> dnsNames,
		Instant notBefore,
		Instant notAfter,
		String keyAlgorithm,
		Integer keyBits,
		String signatureAlgorithm,
		List<String> extendedKeyUsages,
		boolean extendedKeyUsagePresent,
		boolean ca,
		boolean selfIssued,
		Boolean sapValid,
		String fingerprint,
		String subjectKey,
		String issuerKey) {
// @formatter:on

	private static final long SECONDS_PER_DAY = 86_400;

	public CertificateDetails {
		subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
		dnsNames = List.copyOf(dnsNames);
		extendedKeyUsages = List.copyOf(extendedKeyUsages);
	}

	/**
	 * Returns whether the content was read, so that the key, names and chain are known.
	 * @return {@code true} when read
	 */
	public boolean readable() {
		return this.unreadable == null;
	}

	/**
	 * Returns the whole days until the end of validity.
	 * @param now the instant to count from
	 * @return the days, a part of a day counting as one, negative (at least one) once
	 * expired, or {@code null} when unknown
	 */
	public Long daysLeft(Instant now) {
		if (this.notAfter == null) {
			return null;
		}
		// A part of a day left counts as a day left; once expired, whole days past count,
		// at least one.
		long seconds = Duration.between(now, this.notAfter).getSeconds();
		if (seconds >= 0) {
			return -Math.floorDiv(-seconds, SECONDS_PER_DAY);
		}
		return Math.min(-1, seconds / SECONDS_PER_DAY);
	}

	/**
	 * Returns how close the certificate is to the end of its validity.
	 * @param now the instant to judge at
	 * @return the state
	 */
	public ExpiryState expiryState(Instant now) {
		if (this.notAfter == null) {
			return ExpiryState.UNKNOWN;
		}
		if (now.isAfter(this.notAfter)) {
			return ExpiryState.EXPIRED;
		}
		if (this.notBefore != null && now.isBefore(this.notBefore)) {
			return ExpiryState.NOT_YET_VALID;
		}
		return ExpiryState.ofDaysLeft(daysLeft(now));
	}

	/**
	 * Returns the key as shown, such as {@code RSA 2048} or {@code EC 256}.
	 * @return the key, or {@code null} when unknown
	 */
	public String keyDescription() {
		if (this.keyAlgorithm == null) {
			return null;
		}
		return (this.keyBits != null) ? this.keyAlgorithm + " " + this.keyBits : this.keyAlgorithm;
	}

	/**
	 * Returns a name to show: the subject when known, else the alias.
	 * @return the name
	 */
	public String displaySubject() {
		return (this.subject != null) ? this.subject : this.name;
	}

}
