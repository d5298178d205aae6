package com.vhostportal.certificate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes what a picker option says about its certificates: days left (with a warning at
 * {@value ExpiryState#WARNING_DAYS} days or fewer, critical at
 * {@value ExpiryState#CRITICAL_DAYS} or fewer, or expired), key type and size, and
 * signature algorithm.
 */
@Component
public class CertificateLabels {

	private final MessageSource messages;

	CertificateLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Describes a store: how many certificates, the soonest expiry, keys and signatures.
	 * @param label what the option says without the description
	 * @param store the store
	 * @param now the instant days are counted from
	 * @return the label with the description
	 */
	public String store(String label, StoreCertificates store, Instant now) {
		List<CertificateDetails> certificates = store.certificates();
		if (certificates.isEmpty()) {
			return message("certificate.label.empty", label);
		}
		CertificateDetails soonest = certificates.stream()
			.filter((certificate) -> certificate.notAfter() != null)
			.min(Comparator.comparing(CertificateDetails::notAfter))
			.orElse(certificates.get(0));

		String keys = joined(keyDescriptions(certificates), "certificate.key.unknown");
		List<String> algorithms = signatureAlgorithms(certificates);
		String signatures = joined(algorithms, "certificate.signature.unknown");
		String expiry = expiry(soonest, now);
		int count = certificates.size();
		return message("certificate.label.store", label, count, expiry, keys, signatures);
	}

	/**
	 * Describes one certificate, such as a key alias.
	 * @param label what the option says without the description
	 * @param certificate the certificate
	 * @param now the instant days are counted from
	 * @return the label with the description
	 */
	public String certificate(String label, CertificateDetails certificate, Instant now) {
		String key = Objects.requireNonNullElseGet(certificate.keyDescription(),
				() -> message("certificate.key.unknown"));
		String signature = Objects.requireNonNullElseGet(certificate.signatureAlgorithm(),
				() -> message("certificate.signature.unknown"));
		String expiry = expiry(certificate, now);
		return message("certificate.label.certificate", label, expiry, key, signature);
	}

	/**
	 * Says how long a certificate is valid for.
	 * @param certificate the certificate
	 * @param now the instant days are counted from
	 * @return such as "expires in 12 days (warning)"
	 */
	public String expiry(CertificateDetails certificate, Instant now) {
		ExpiryState state = certificate.expiryState(now);
		Long days = certificate.daysLeft(now);
		String count = (days != null) ? String.valueOf(Math.abs(days)) : "";
		return message("certificate.expiry." + state.name(), count);
	}

	private static List<String> keyDescriptions(List<CertificateDetails> certificates) {
		return certificates.stream().map(CertificateDetails::keyDescription).toList();
	}

	private static List<String> signatureAlgorithms(List<CertificateDetails> certificates) {
		return certificates.stream().map(CertificateDetails::signatureAlgorithm).toList();
	}

	private String joined(List<String> values, String unknownCode) {
		List<String> known = values.stream().filter(Objects::nonNull).distinct().toList();
		return known.isEmpty() ? message(unknownCode) : String.join(", ", known);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
