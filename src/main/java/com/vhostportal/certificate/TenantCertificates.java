package com.vhostportal.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.vhostportal.apim.CertificateStoreReference;

/**
 * The certificate stores of a tenant with their certificates, and the references to them,
 * as read at one instant.
 *
 * @param readAt when they were read
 * @param stores the stores
 * @param references the references
 */
public record TenantCertificates(Instant readAt, List<StoreCertificates> stores,
		List<CertificateStoreReference> references) {

	private static final String REFERENCE_PREFIX = "ref://";

	public TenantCertificates {
		stores = List.copyOf(stores);
		references = List.copyOf(references);
	}

	/**
	 * Finds a store by name.
	 * @param name the store name
	 * @return the store, if listed
	 */
	public Optional<StoreCertificates> store(String name) {
		Predicate<StoreCertificates> named = (store) -> store.store().name().equals(name);
		return this.stores.stream().filter(named).findFirst();
	}

	/**
	 * Finds the store a request value names: a store name, or {@code ref://name} of a
	 * reference.
	 * @param value the value as a request carries it
	 * @return the store, if the tenant lists it
	 */
	public Optional<StoreCertificates> resolve(String value) {
		if (value == null || !value.startsWith(REFERENCE_PREFIX)) {
			return (value != null) ? store(value) : Optional.empty();
		}
		String referenceName = value.substring(REFERENCE_PREFIX.length());
		return this.references.stream()
			.filter((reference) -> reference.name().equals(referenceName))
			.findFirst()
			.flatMap((reference) -> store(reference.certificateStoreName()));
	}

}
