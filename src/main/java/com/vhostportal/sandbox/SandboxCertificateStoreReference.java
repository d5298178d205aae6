package com.vhostportal.sandbox;

/**
 * A named reference to a certificate store, which a virtual host request may use as
 * {@code ref://<name>} so that a store can be renewed without touching the host.
 *
 * @param name the reference name
 * @param storeName the store it points at
 * @param storeType the type of that store
 */
// @formatter:off
record SandboxCertificateStoreReference(
		String name,
		String storeName,
		SandboxStoreType storeType) {
// @formatter:on

	static final String PREFIX = "ref://";

	static SandboxCertificateStoreReference to(String name, SandboxCertificateStore store) {
		return new SandboxCertificateStoreReference(name, store.name(), store.type());
	}

}
