package com.vhostportal.sandbox;

/**
 * What a virtual host is, once a request for it has been validated.
 *
 * @param name the alias on the default domain, or the host name of a custom domain, as
 * requested in {@code virtualHostUrl}
 * @param host the full host name
 * @param defaultHost whether it is the tenant's default host
 * @param trustStore the truststore or {@code ref://} reference when clients must present
 * a certificate (mTLS), else {@code null}
 * @param keyStore the key pair serving a custom domain, or {@code null} on the default
 * domain, which uses SAP's certificate
 */
// @formatter:off
record SandboxHostSettings(
		String name,
		String host,
		boolean defaultHost,
		String trustStore,
		KeyStore keyStore) {
// @formatter:on

	/**
	 * Returns settings for a host on the default domain without mTLS.
	 * @param alias the alias
	 * @param defaultHost whether it is the default host
	 * @return the settings
	 */
	static SandboxHostSettings onDefaultDomain(String alias, boolean defaultHost) {
		String host = SandboxHostNames.onDefaultDomain(alias);
		return new SandboxHostSettings(alias, host, defaultHost, null, null);
	}

	boolean customDomain() {
		return this.keyStore != null;
	}

	boolean clientAuth() {
		return this.trustStore != null;
	}

	String keyStoreName() {
		return customDomain() ? this.keyStore.name() : null;
	}

	String keyStoreAlias() {
		return customDomain() ? this.keyStore.alias() : null;
	}

	SandboxHostSettings withDefaultHost(boolean defaultHost) {
		return new SandboxHostSettings(name(), host(), defaultHost, trustStore(), keyStore());
	}

	/**
	 * The key pair that serves a custom domain.
	 *
	 * @param name the keystore or {@code ref://} reference
	 * @param alias the alias of the key pair in the keystore
	 */
	record KeyStore(String name, String alias) {

	}

}
