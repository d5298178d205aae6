package com.vhostportal.certificate;

import java.io.Serializable;
import java.util.List;

/**
 * What the certificate checks found for one request, kept with the reviewed request until
 * it is sent.
 *
 * @param storesUsed whether the request uses any certificate store at all
 * @param findings the findings, failing ones first
 * @param notice why the stores could not be checked (a message key), or {@code null} when
 * they were
 * @param noticeDetail the upstream error behind the notice, or {@code null}
 */
// @formatter:off
public record CertificateReport(
		boolean storesUsed,
		List<CertificateFinding> findings,
		String notice,
		String noticeDetail) implements Serializable {
// @formatter:on

	/** The report of a request that uses no certificate store. */
	public static final CertificateReport NONE = withoutStores();

	public CertificateReport {
		findings = List.copyOf(findings);
	}

	/**
	 * Returns whether any check failed.
	 * @return {@code true} when at least one finding is an error
	 */
	public boolean failing() {
		return this.findings.stream().anyMatch(CertificateFinding::failing);
	}

	/**
	 * Returns whether the request must not be sent under a policy.
	 * @param policy the policy that applies
	 * @return {@code true} when the policy blocks and a check failed
	 */
	public boolean blocks(CertificatePolicy policy) {
		return policy == CertificatePolicy.BLOCK && failing();
	}

	private static CertificateReport withoutStores() {
		return new CertificateReport(false, List.of(), null, null);
	}

}
