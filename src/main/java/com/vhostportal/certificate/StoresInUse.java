package com.vhostportal.certificate;

/**
 * The stores a virtual host request uses, as the request names them.
 *
 * @param keyStore the keystore or {@code ref://} reference of a custom domain, or
 * {@code null}
 * @param keyAlias the key alias inside it, or {@code null} where the tenant's field
 * layout has none
 * @param customHost the custom domain host name, or {@code null}
 * @param trustStore the truststore or {@code ref://} reference of mutual TLS, or
 * {@code null}
 */
public record StoresInUse(String keyStore, String keyAlias, String customHost, String trustStore) {

	/**
	 * Returns whether the request uses any store.
	 * @return {@code true} when it names a keystore or a truststore
	 */
	public boolean any() {
		return this.keyStore != null || this.trustStore != null;
	}

}
