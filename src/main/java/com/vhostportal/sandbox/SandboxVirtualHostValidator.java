package com.vhostportal.sandbox;

import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Decides whether the body of a CREATE or UPDATE request describes a host API Management
 * would accept: the account, the naming rules, and the stores and key alias it names.
 * Uniqueness and the default host are checked against the other hosts by
 * {@link SandboxVirtualHosts}.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxVirtualHostValidator {

	private final String accountId;

	private final SandboxCertificateStores stores;

	SandboxVirtualHostValidator(SandboxProperties properties, SandboxCertificateStores stores) {
		this.accountId = properties.accountId();
		this.stores = stores;
	}

	/**
	 * Validates a CREATE or UPDATE request.
	 * @param request the request
	 * @return the settings of the host it describes
	 * @throws SandboxODataException if API Management would refuse it
	 */
	SandboxHostSettings validate(SandboxVirtualHostRequest request) {
		requireAccount(request.accountId());
		String url = request.virtualHostUrl();
		if (!StringUtils.hasText(url)) {
			String message = "virtualHostUrl is missing";
			throw SandboxODataException.badRequest("VHR_VIRTUALHOST_URL_MISSING", message);
		}
		String trustStore = request.clientAuth() ? requireTrustStore(request.trustStore()) : null;
		if (!isForCustomDomain(request)) {
			requireNoKeyStore(request);
			SandboxHostNames.checkAlias(url);
			String host = SandboxHostNames.onDefaultDomain(url);
			return new SandboxHostSettings(url, host, request.defaultHost(), trustStore, null);
		}
		SandboxHostNames.checkCustomDomain(url);
		SandboxHostSettings.KeyStore keyStore = requireKeyStore(request);
		return new SandboxHostSettings(url, url, request.defaultHost(), trustStore, keyStore);
	}

	private void requireAccount(String requested) {
		if (!this.accountId.equals(requested)) {
			String message = "accountId must be '" + this.accountId + "', not '" + requested + "'";
			throw SandboxODataException.badRequest("VHR_INVALID_ACCOUNT_ID", message);
		}
	}

	// The 2025 layout has no custom domain flag: a keystore marks a custom domain.
	private static boolean isForCustomDomain(SandboxVirtualHostRequest request) {
		return Boolean.TRUE.equals(request.forCustomDomain()) || request.legacyKeyStore() != null;
	}

	private static void requireNoKeyStore(SandboxVirtualHostRequest request) {
		if (request.keyStoreName() != null || request.keyStoreAlias() != null) {
			String message = "keyStoreName and keyStoreAlias are only for custom domains "
					+ "(isForCustomDomain: true); the default domain uses SAP's certificate";
			String code = "VHR_KEYSTORE_NOT_ALLOWED_FOR_DEFAULT_DOMAIN";
			throw SandboxODataException.badRequest(code, message);
		}
	}

	private SandboxHostSettings.KeyStore requireKeyStore(SandboxVirtualHostRequest request) {
		String legacyKeyStore = request.legacyKeyStore();
		boolean currentFields = request.keyStoreName() != null || request.keyStoreAlias() != null;
		if (legacyKeyStore != null && currentFields) {
			String layouts = "keyStore (2025 layout) or keyStoreName and keyStoreAlias";
			String message = "Send " + layouts + ", not both";
			throw SandboxODataException.badRequest("VHR_CONFLICTING_KEYSTORE_FIELDS", message);
		}
		String name = (legacyKeyStore != null) ? legacyKeyStore : request.keyStoreName();
		if (!StringUtils.hasText(name)) {
			String keystore = "keyStoreName, the keystore holding its certificate";
			String message = "A custom domain needs " + keystore;
			throw SandboxODataException.badRequest("VHR_KEYSTORE_MISSING", message);
		}
		SandboxCertificateStore keystore = requireStore(name, SandboxStoreType.KEYSTORE);
		String alias = (legacyKeyStore != null) ? firstAlias(keystore) : request.keyStoreAlias();
		return new SandboxHostSettings.KeyStore(name, requireAlias(keystore, alias));
	}

	// The 2025 layout names no alias; the keystore's first key pair is the one served.
	private static String firstAlias(SandboxCertificateStore keystore) {
		Optional<SandboxCertificateStore.Entry> first = keystore.entries().stream().findFirst();
		return first.map(SandboxCertificateStore.Entry::alias).orElse(null);
	}

	private static String requireAlias(SandboxCertificateStore keystore, String alias) {
		if (!StringUtils.hasText(alias)) {
			String message = "A custom domain needs keyStoreAlias, the alias of its key pair";
			throw SandboxODataException.badRequest("VHR_KEYSTORE_ALIAS_MISSING", message);
		}
		if (keystore.entry(alias).isEmpty()) {
			String name = keystore.name();
			String message = "The keystore '" + name + "' has no key pair named '" + alias + "'";
			throw SandboxODataException.badRequest("VHR_KEYSTORE_ALIAS_NOT_FOUND", message);
		}
		return alias;
	}

	private String requireTrustStore(String trustStore) {
		if (!StringUtils.hasText(trustStore)) {
			String message = "isClientAuthEnabled needs trustStore, the store of the client chain";
			throw SandboxODataException.badRequest("VHR_TRUSTSTORE_MISSING", message);
		}
		requireStore(trustStore, SandboxStoreType.TRUSTSTORE);
		return trustStore;
	}

	private SandboxCertificateStore requireStore(String nameOrReference, SandboxStoreType type) {
		String code = "VHR_" + type.name() + "_NOT_FOUND";
		String kind = type.name().toLowerCase(Locale.ROOT);
		String missing = "No " + kind + " named '" + nameOrReference + "' exists";
		SandboxCertificateStore store = this.stores.resolve(nameOrReference)
			.orElseThrow(() -> SandboxODataException.badRequest(code, missing));
		if (store.type() != type) {
			String message = "'" + nameOrReference + "' is a " + store.type() + ", not a " + type;
			throw SandboxODataException.badRequest(code, message);
		}
		return store;
	}

}
