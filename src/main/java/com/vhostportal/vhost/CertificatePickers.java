package com.vhostportal.vhost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.ApimFailureKind;
import com.vhostportal.apim.CertificateStoreReference;
import com.vhostportal.apim.StoreKind;
import com.vhostportal.certificate.CertificateInventory;
import com.vhostportal.certificate.CertificateLabels;
import com.vhostportal.certificate.StoreCertificates;
import com.vhostportal.certificate.TenantCertificates;
import com.vhostportal.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Fills the keystore, truststore and key alias pickers from the tenant's own certificate
 * stores, read with its read key. Each option says how long its certificates are valid,
 * their keys and their signature algorithms.
 */
@Component
class CertificatePickers {

	private static final Logger logger = LoggerFactory.getLogger(CertificatePickers.class);

	private final CertificateInventory inventory;

	private final CertificateLabels labels;

	CertificatePickers(CertificateInventory inventory, CertificateLabels labels) {
		this.inventory = inventory;
		this.labels = labels;
	}

	PickerChoices choicesFor(Tenant tenant, VirtualHostForm form) {
		if (tenant == null) {
			PickerNotice notice = new PickerNotice("picker.noTenant", null);
			return new PickerChoices(List.of(), List.of(), notice, List.of(), notice);
		}
		if (tenant.readKey() == null) {
			PickerNotice notice = new PickerNotice("picker.noReadKey", null);
			return new PickerChoices(List.of(), List.of(), notice, List.of(), notice);
		}
		try {
			TenantCertificates certificates = this.inventory.of(tenant);
			Instant now = this.inventory.now();
			return withAliases(certificates, options(certificates, StoreKind.KEYSTORE, form.getKeyStore(), now),
					options(certificates, StoreKind.TRUSTSTORE, form.getTrustStore(), now), form, now);
		}
		catch (ApimException ex) {
			logger.warn("Certificate stores of tenant {} could not be listed: {}", tenant.id(), ex.getMessage());
			PickerNotice notice = new PickerNotice(noticeCode(ex, "picker.listFailed"), ex.getMessage());
			return new PickerChoices(List.of(), List.of(), notice, List.of(), notice);
		}
	}

	/**
	 * Returns the key aliases of a keystore, or of the store a reference points at.
	 * @throws ApimException if they cannot be read
	 */
	List<StoreOption> keyAliases(Tenant tenant, String keyStore) {
		if (tenant.readKey() == null || !VirtualHostNames.isStoreValue(keyStore)) {
			return List.of();
		}
		return aliases(this.inventory.of(tenant).resolve(keyStore), this.inventory.now());
	}

	private PickerChoices withAliases(TenantCertificates certificates, List<StoreOption> keyStores,
			List<StoreOption> trustStores, VirtualHostForm form, Instant now) {
		if (!VirtualHostNames.isStoreValue(form.getKeyStore())) {
			return new PickerChoices(keyStores, trustStores, null, List.of(), null);
		}
		List<StoreOption> aliases = new ArrayList<>(aliases(certificates.resolve(form.getKeyStore()), now));
		keepCurrent(aliases, form.getKeyAlias());
		return new PickerChoices(keyStores, trustStores, null, aliases, null);
	}

	private List<StoreOption> aliases(Optional<StoreCertificates> store, Instant now) {
		return store.map(StoreCertificates::certificates)
			.orElse(List.of())
			.stream()
			.map((certificate) -> new StoreOption(certificate.name(),
					this.labels.certificate(certificate.name(), certificate, now)))
			.toList();
	}

	// While reads of the tenant are paused, say so: typing the name is the way on, and
	// refreshing the choices will not help until the pause ends.
	private static String noticeCode(ApimException ex, String failedCode) {
		return (ex.kind() == ApimFailureKind.CIRCUIT_OPEN) ? "picker.paused" : failedCode;
	}

	private List<StoreOption> options(TenantCertificates certificates, StoreKind kind, String current, Instant now) {
		List<StoreOption> options = new ArrayList<>();
		certificates.stores()
			.stream()
			.filter((store) -> fits(store.store().kind(), kind))
			.forEach((store) -> options
				.add(new StoreOption(store.store().name(), this.labels.store(store.store().name(), store, now))));
		for (CertificateStoreReference reference : certificates.references()) {
			if (fits(reference.kind(), kind)) {
				String value = reference.asRequestValue();
				String label = value + " \u2192 " + reference.certificateStoreName();
				options.add(new StoreOption(value,
						certificates.resolve(value)
							.map((store) -> this.labels.store(label, store, now))
							.orElse(label)));
			}
		}
		keepCurrent(options, current);
		return options;
	}

	private static boolean fits(StoreKind actual, StoreKind wanted) {
		return actual == wanted || actual == StoreKind.UNKNOWN;
	}

	// A value the tenant no longer lists (or a host's current setting) stays selectable,
	// so showing the form again never silently changes what the user chose.
	private static void keepCurrent(List<StoreOption> options, String current) {
		if (current != null && options.stream().noneMatch((option) -> Objects.equals(option.value(), current))) {
			options.add(0, new StoreOption(current, current));
		}
	}

}
