package com.vhostportal.sandbox;

/**
 * The kind of a certificate store, written as {@code storeType}.
 */
enum SandboxStoreType {

	/** Holds key pairs, such as the server certificate of a custom domain. */
	KEYSTORE,

	/** Holds trusted certificates, such as the client chain of an mTLS host. */
	TRUSTSTORE

}
