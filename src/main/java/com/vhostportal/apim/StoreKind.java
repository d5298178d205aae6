package com.vhostportal.apim;

/**
 * Whether a certificate store or reference holds keys or trusted certificates.
 */
public enum StoreKind {

	KEYSTORE, TRUSTSTORE,

	/** A store type value the portal does not recognise; offered in both pickers. */
	UNKNOWN

}
