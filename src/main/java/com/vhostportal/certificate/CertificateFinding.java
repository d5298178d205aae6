package com.vhostportal.certificate;

import java.io.Serializable;

/**
 * One thing a check found: what is wrong, with which certificate, and how to fix it.
 *
 * @param rule the check that found it
 * @param severity whether it fails the check or only warns
 * @param store the store concerned
 * @param certificate the alias of the certificate concerned, or {@code null} when it
 * concerns the whole store
 * @param problem what is wrong, in words
 * @param fix how to fix it, in words
 */
// @formatter:off
public record CertificateFinding(
		FindingRule rule,
		FindingSeverity severity,
		String store,
		String certificate,
		String problem,
		String fix) implements Serializable {
// @formatter:on

	/**
	 * Returns whether the finding fails its check.
	 * @return {@code true} for an error
	 */
	public boolean failing() {
		return this.severity == FindingSeverity.ERROR;
	}

}
