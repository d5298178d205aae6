package com.vhostportal.apim;

/**
 * A certificate inside a certificate store. SAP documents the string formats of
 * {@code expiryDate}, {@code validFrom} and {@code isValid} nowhere, so they are kept as
 * received.
 *
 * @param name the alias of the certificate or key pair
 * @param storeName the store holding it
 * @param expiryDate the expiry date as received, or {@code null}
 * @param validFrom the start of validity as received, or {@code null}
 * @param signAlgName the signature algorithm name, or {@code null}
 * @param isValid SAP's validity flag as received, or {@code null}
 * @param content the certificate as base64 (DER or PEM), or {@code null}
 */
// @formatter:off
public record StoreCertificate(
		String name,
		String storeName,
		String expiryDate,
		String validFrom,
		String signAlgName,
		String isValid,
		String content) {
// @formatter:on

}
