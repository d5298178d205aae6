package com.vhostportal.sandbox;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A certificate store of the sandbox tenant. In a keystore every entry is a key pair, of
 * which only the certificate is kept: nothing in the sandbox needs the private key.
 *
 * @param name the store name
 * @param type keystore or truststore
 * @param entries the entries, in the order they are listed
 */
record SandboxCertificateStore(String name, SandboxStoreType type, List<Entry> entries) {

	SandboxCertificateStore {
		entries = List.copyOf(entries);
	}

	/**
	 * Finds an entry by alias.
	 * @param alias the alias
	 * @return the entry, if the store has one with that alias
	 */
	Optional<Entry> entry(String alias) {
		return this.entries.stream().filter((entry) -> entry.alias().equals(alias)).findFirst();
	}

	/**
	 * One certificate in a store.
	 *
	 * @param alias the alias inside the store
	 * @param certificate the certificate
	 */
	record Entry(String alias, X509Certificate certificate) {

	}

}
