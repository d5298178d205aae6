package com.vhostportal.certificate;

/**
 * What a failing certificate check does to a submission.
 */
public enum CertificatePolicy {

	/** The findings are shown and recorded; the request may still be sent. */
	WARN,

	/** The findings are shown and recorded; the request is not sent. */
	BLOCK

}
