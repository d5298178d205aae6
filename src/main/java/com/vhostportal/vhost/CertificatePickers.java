package com.vhostportal.vhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.ApimFailureKind;
import com.vhostportal.apim.CertificateStore;
import com.vhostportal.apim.CertificateStoreReference;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.StoreKind;
import com.vhostportal.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Fills the keystore, truststore and key alias pickers from the tenant's own certificate
 * stores, read with its read key.
 */
@Component
class CertificatePickers {

	private static final Logger logger = LoggerFactory.getLogger(CertificatePickers.class);

	private final ManagementClient management;

	CertificatePickers(ManagementClient management) {
		this.management = management;
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
			List<CertificateStore> stores = this.management.certificateStores(tenant);
			List<CertificateStoreReference> references = this.management.certificateStoreReferences(tenant);
			return withAliases(tenant, options(stores, references, StoreKind.KEYSTORE, form.getKeyStore()),
					options(stores, references, StoreKind.TRUSTSTORE, form.getTrustStore()), references, form);
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
		String storeName = storeName(keyStore, this.management.certificateStoreReferences(tenant));
		return this.management.certificates(tenant, storeName)
			.stream()
			.map((certificate) -> new StoreOption(certificate.name(), certificate.name()))
			.toList();
	}

	private PickerChoices withAliases(Tenant tenant, List<StoreOption> keyStores, List<StoreOption> trustStores,
			List<CertificateStoreReference> references, VirtualHostForm form) {
		if (!VirtualHostNames.isStoreValue(form.getKeyStore())) {
			return new PickerChoices(keyStores, trustStores, null, List.of(), null);
		}
		try {
			String storeName = storeName(form.getKeyStore(), references);
			List<StoreOption> aliases = new ArrayList<>(this.management.certificates(tenant, storeName)
				.stream()
				.map((certificate) -> new StoreOption(certificate.name(), certificate.name()))
				.toList());
			keepCurrent(aliases, form.getKeyAlias());
			return new PickerChoices(keyStores, trustStores, null, aliases, null);
		}
		catch (ApimException ex) {
			PickerNotice notice = new PickerNotice(noticeCode(ex, "picker.aliasesFailed"), ex.getMessage());
			return new PickerChoices(keyStores, trustStores, null, List.of(), notice);
		}
	}

	// While reads of the tenant are paused, say so: typing the name is the way on, and
	// refreshing the choices will not help until the pause ends.
	private static String noticeCode(ApimException ex, String failedCode) {
		return (ex.kind() == ApimFailureKind.CIRCUIT_OPEN) ? "picker.paused" : failedCode;
	}

	private static String storeName(String keyStore, List<CertificateStoreReference> references) {
		String referenceName = VirtualHostNames.referenceName(keyStore);
		if (referenceName == null) {
			return keyStore;
		}
		return references.stream()
			.filter((reference) -> reference.name().equals(referenceName))
			.map(CertificateStoreReference::certificateStoreName)
			.findFirst()
			.orElse(referenceName);
	}

	private static List<StoreOption> options(List<CertificateStore> stores, List<CertificateStoreReference> references,
			StoreKind kind, String current) {
		List<StoreOption> options = new ArrayList<>();
		stores.stream()
			.filter((store) -> store.kind() == kind || store.kind() == StoreKind.UNKNOWN)
			.forEach((store) -> options.add(new StoreOption(store.name(), store.name())));
		references.stream()
			.filter((reference) -> reference.kind() == kind || reference.kind() == StoreKind.UNKNOWN)
			.forEach((reference) -> options.add(new StoreOption(reference.asRequestValue(),
					reference.asRequestValue() + " \u2192 " + reference.certificateStoreName())));
		keepCurrent(options, current);
		return options;
	}

	// A value the tenant no longer lists (or a host's current setting) stays selectable,
	// so
	// showing the form again never silently changes what the user chose.
	private static void keepCurrent(List<StoreOption> options, String current) {
		if (current != null && options.stream().noneMatch((option) -> Objects.equals(option.value(), current))) {
			options.add(0, new StoreOption(current, current));
		}
	}

}
