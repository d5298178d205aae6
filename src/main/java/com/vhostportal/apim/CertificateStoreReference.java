package com.vhostportal.apim;

/**
 * A named reference to a certificate store, used in requests as {@code ref://name}.
 *
 * @param name the reference name
 * @param certificateStoreName the store it points at
 * @param storeType the store type exactly as API Management wrote it
 * @param kind what the store type means
 */
// @formatter:off
public record CertificateStoreReference(
		String name,
		String certificateStoreName,
		String storeType,
		StoreKind kind) {
// @formatter:on

	/**
	 * Returns the value a virtual host request uses for this reference.
	 * @return {@code ref://name}
	 */
	public String asRequestValue() {
		return "ref://" + this.name;
	}

}
