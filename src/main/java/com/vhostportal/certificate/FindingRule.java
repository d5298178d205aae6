package com.vhostportal.certificate;

/**
 * The checks the portal makes on the stores of a virtual host before it is sent. The
 * message keys {@code certificate.rule.<RULE>.problem} and {@code .fix} say what is wrong
 * and how to fix it.
 */
public enum FindingRule {

	/** An RSA, DSA or DH key under 2048 bits, or an EC key under 224 bits. */
	WEAK_KEY,

	/** An MD5 or SHA-1 signature. */
	WEAK_SIGNATURE,

	/** A certificate whose issuer the store does not hold. */
	ISSUER_MISSING,

	/** A truststore without a self-issued root. */
	NO_ROOT,

	/** A certificate that is not a CA where a CA belongs. */
	LEAF_AS_CA,

	/** A client certificate without the Client Authentication extended key usage. */
	CLIENT_AUTH_MISSING,

	/** A certificate past its end of validity. */
	EXPIRED,

	/** A certificate before its start of validity. */
	NOT_YET_VALID,

	/** A certificate that expires within the warning period. */
	EXPIRES_SOON,

	/** A key alias the keystore does not hold. */
	KEY_ALIAS_MISSING,

	/** A custom domain the keystore certificate's names do not cover. */
	DOMAIN_NOT_COVERED,

	/** A certificate whose content could not be read, so it was not checked. */
	NOT_CHECKED,

	/** A store or reference the tenant does not list. */
	STORE_NOT_FOUND,

	/** A truststore without certificates. */
	STORE_EMPTY

}
