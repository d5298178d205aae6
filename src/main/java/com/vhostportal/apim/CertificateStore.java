package com.vhostportal.apim;

/**
 * A certificate store of a tenant.
 *
 * @param name the store name
 * @param storeType the store type exactly as API Management wrote it
 * @param kind what the store type means
 */
public record CertificateStore(String name, String storeType, StoreKind kind) {

}
