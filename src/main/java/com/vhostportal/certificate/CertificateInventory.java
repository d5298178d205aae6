package com.vhostportal.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.vhostportal.apim.CertificateStoreContents;
import com.vhostportal.apim.CertificateStoreReference;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.StoreCertificate;
import com.vhostportal.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads a tenant's certificate stores, their certificates and the references to them in
 * two upstream calls, decodes every certificate once, and keeps the result for
 * {@code portal.certificates.cache-ttl} so that the form, its refreshes, the review and
 * the overview do not read the same stores again.
 */
@Component
public class CertificateInventory {

	private static final Logger logger = LoggerFactory.getLogger(CertificateInventory.class);

	private static final String READ_MESSAGE = """
			Read {} certificate stores and {} references of tenant {} in {} ms""";

	private final ManagementClient management;

	private final Duration ttl;

	private final Clock clock;

	private final Map<String, TenantCertificates> cache = new ConcurrentHashMap<>();

	// @formatter:off
	CertificateInventory(
			ManagementClient management,
			CertificateProperties properties,
			Clock clock) {
	// @formatter:on
		this.management = management;
		this.ttl = properties.cacheTtl();
		this.clock = clock;
	}

	/**
	 * Returns the tenant's certificate stores, read at most
	 * {@code portal.certificates.cache-ttl} ago.
	 * @param tenant a tenant with a read key
	 * @return the stores with their certificates, and the references
	 * @throws com.vhostportal.apim.ApimException if they cannot be read
	 */
	public TenantCertificates of(Tenant tenant) {
		Instant now = this.clock.instant();
		TenantCertificates cached = this.cache.get(tenant.id());
		if (cached != null && now.isBefore(cached.readAt().plus(this.ttl))) {
			return cached;
		}
		TenantCertificates fresh = read(tenant, now);
		if (!this.ttl.isZero()) {
			this.cache.put(tenant.id(), fresh);
		}
		return fresh;
	}

	/**
	 * Returns the current instant of the portal's clock, against which days left are
	 * counted.
	 * @return now
	 */
	public Instant now() {
		return this.clock.instant();
	}

	private TenantCertificates read(Tenant tenant, Instant now) {
		long started = System.nanoTime();
		List<StoreCertificates> stores = this.management.certificateStoresWithCertificates(tenant)
			.stream()
			.map(CertificateInventory::decode)
			.toList();
		List<CertificateStoreReference> refs = this.management.certificateStoreReferences(tenant);
		long millis = (System.nanoTime() - started) / 1_000_000;
		logger.debug(READ_MESSAGE, stores.size(), refs.size(), tenant.id(), millis);
		return new TenantCertificates(now, stores, refs);
	}

	private static StoreCertificates decode(CertificateStoreContents contents) {
		Stream<StoreCertificate> listed = contents.certificates().stream();
		List<CertificateDetails> decoded = listed.map(CertificateDecoder::decode).toList();
		return new StoreCertificates(contents.store(), decoded);
	}

}
