package com.vhostportal.vhost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
			List<StoreOption> keyStores = options(certificates, StoreKind.KEYSTORE, now);
			keepCurrent(keyStores, form.getKeyStore());
			List<StoreOption> trustStores = options(certificates, StoreKind.TRUSTSTORE, now);
			keepCurrent(trustStores, form.getTrustStore());
			return withAliases(certificates, keyStores, trustStores, form, now);
		}
		catch (ApimException ex) {
			String id = tenant.id();
			String reason = ex.getMessage();
			logger.warn("Certificate stores of tenant {} could not be listed: {}", id, reason);
			PickerNotice notice = new PickerNotice(noticeCode(ex, "picker.listFailed"), reason);
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
		Optional<StoreCertificates> keyStore = certificates.resolve(form.getKeyStore());
		List<StoreOption> aliases = new ArrayList<>(aliases(keyStore, now));
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

	private List<StoreOption> options(TenantCertificates listed, StoreKind kind, Instant now) {
		List<StoreOption> options = new ArrayList<>();
		listed.stores()
			.stream()
			.filter((store) -> fits(store.store().kind(), kind))
			.forEach((store) -> options.add(storeOption(store, now)));
		for (CertificateStoreReference reference : listed.references()) {
			if (!fits(reference.kind(), kind)) {
				continue;
			}
			String value = reference.asRequestValue();
			String label = value + " \u2192 " + reference.certificateStoreName();
			Optional<StoreCertificates> found = listed.resolve(value);
			String text = found.map((store) -> this.labels.store(label, store, now)).orElse(label);
			options.add(new StoreOption(value, text));
		}
		return options;
	}

	private StoreOption storeOption(StoreCertificates store, Instant now) {
		String name = store.store().name();
		return new StoreOption(name, this.labels.store(name, store, now));
	}

	private static boolean fits(StoreKind actual, StoreKind wanted) {
		return actual == wanted || actual == StoreKind.UNKNOWN;
	}

	// A value the tenant no longer lists (or a host's current setting) stays selectable,
	// so showing the form again never silently changes what the user chose.
	private static void keepCurrent(List<StoreOption> options, String current) {
		Stream<String> values = options.stream().map(StoreOption::value);
		if (current != null && values.noneMatch((value) -> Objects.equals(value, current))) {
			options.add(0, new StoreOption(current, current));
		}
	}

}
