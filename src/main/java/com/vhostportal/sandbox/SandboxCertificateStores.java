package com.vhostportal.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The certificate stores of the sandbox tenant, issued once at start-up, and the
 * references to them, which clients may create and repoint.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxCertificateStores {

	private static final Logger logger = LoggerFactory.getLogger(SandboxCertificateStores.class);

	private static final String REFERENCE_NAME_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

	private static final Pattern REFERENCE_NAME = Pattern.compile(REFERENCE_NAME_REGEX);

	private final CompletableFuture<Map<String, SandboxCertificateStore>> stores;

	private final Map<String, SandboxCertificateStoreReference> references = new LinkedHashMap<>();

	// Issuing the seed certificates takes about a second on a cold JVM (RSA keys).
	// It runs beside the rest of start-up; the first call that needs a store waits.
	@Autowired
	SandboxCertificateStores() {
		this(issueInBackground());
	}

	SandboxCertificateStores(List<SandboxCertificateStore> stores) {
		this(CompletableFuture.completedFuture(stores));
	}

	private SandboxCertificateStores(CompletableFuture<List<SandboxCertificateStore>> seed) {
		this.stores = seed.thenApply(SandboxCertificateStores::byName);
		String keystore = SandboxSeedStores.SANDBOX_KEYSTORE;
		String truststore = SandboxSeedStores.PARTNERS_TRUSTSTORE;
		seedReference("ref-keystore", keystore, SandboxStoreType.KEYSTORE);
		seedReference("ref-truststore", truststore, SandboxStoreType.TRUSTSTORE);
	}

	private static CompletableFuture<List<SandboxCertificateStore>> issueInBackground() {
		Executor thread = SandboxCertificateStores::startSeedThread;
		return CompletableFuture.supplyAsync(SandboxCertificateStores::issueSeedStores, thread);
	}

	private static List<SandboxCertificateStore> issueSeedStores() {
		long started = System.nanoTime();
		try {
			List<SandboxCertificateStore> stores = SandboxSeedStores.create(Instant.now());
			logIssued(stores.size(), started);
			return stores;
		}
		catch (RuntimeException ex) {
			logger.error("Sandbox could not issue its seed certificates", ex);
			throw ex;
		}
	}

	private static void logIssued(int count, long started) {
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		logger.info("Sandbox issued the certificates of {} seed stores in {} ms", count, millis);
	}

	private static void startSeedThread(Runnable task) {
		Thread thread = new Thread(task, "sandbox-seed-certificates");
		thread.setDaemon(true);
		thread.start();
	}

	private static Map<String, SandboxCertificateStore> byName(List<SandboxCertificateStore> all) {
		Map<String, SandboxCertificateStore> byName = new LinkedHashMap<>();
		all.forEach((store) -> byName.put(store.name(), store));
		return Collections.unmodifiableMap(byName);
	}

	private void seedReference(String name, String storeName, SandboxStoreType type) {
		this.references.put(name, new SandboxCertificateStoreReference(name, storeName, type));
	}

	List<SandboxCertificateStore> stores() {
		return List.copyOf(this.stores.join().values());
	}

	Optional<SandboxCertificateStore> store(String name) {
		return Optional.ofNullable(this.stores.join().get(name));
	}

	synchronized List<SandboxCertificateStoreReference> references() {
		return new ArrayList<>(this.references.values());
	}

	/**
	 * Finds the store a virtual host request names, directly or as {@code ref://<name>}.
	 * @param nameOrReference the store name or reference
	 * @return the store, if both the reference and the store exist
	 */
	synchronized Optional<SandboxCertificateStore> resolve(String nameOrReference) {
		String prefix = SandboxCertificateStoreReference.PREFIX;
		if (!nameOrReference.startsWith(prefix)) {
			return store(nameOrReference);
		}
		String name = nameOrReference.substring(prefix.length());
		SandboxCertificateStoreReference reference = this.references.get(name);
		return (reference != null) ? store(reference.storeName()) : Optional.empty();
	}

	/**
	 * Creates a reference.
	 * @param name the reference name
	 * @param storeName the store it points at
	 * @return the reference
	 */
	synchronized SandboxCertificateStoreReference createReference(String name, String storeName) {
		if (name == null || !REFERENCE_NAME.matcher(name).matches()) {
			String message = "A reference name has 1 to 100 letters, digits, '.', '_' or '-' "
					+ "and starts with a letter or digit";
			throw SandboxODataException.badRequest("INVALID_REFERENCE_NAME", message);
		}
		if (this.references.containsKey(name)) {
			String message = "The certificate store reference '" + name + "' already exists";
			throw SandboxODataException.badRequest("REFERENCE_ALREADY_EXISTS", message);
		}
		SandboxCertificateStore store = existingStore(storeName);
		return pointAt(name, store);
	}

	/**
	 * Points an existing reference at another store of the same type.
	 * @param name the reference name
	 * @param storeName the new store
	 * @return the reference as it is now
	 */
	synchronized SandboxCertificateStoreReference repointReference(String name, String storeName) {
		SandboxCertificateStoreReference reference = this.references.get(name);
		if (reference == null) {
			String message = "The certificate store reference '" + name + "' does not exist";
			throw new SandboxODataException(HttpStatus.NOT_FOUND, "REFERENCE_NOT_FOUND", message);
		}
		SandboxCertificateStore store = existingStore(storeName);
		if (store.type() != reference.storeType()) {
			String pointsAt = "The reference '" + name + "' points at a " + reference.storeType();
			String message = pointsAt + "; '" + store.name() + "' is a " + store.type();
			throw SandboxODataException.badRequest("STORE_TYPE_MISMATCH", message);
		}
		return pointAt(name, store);
	}

	private SandboxCertificateStoreReference pointAt(String name, SandboxCertificateStore store) {
		SandboxCertificateStoreReference ref = SandboxCertificateStoreReference.to(name, store);
		this.references.put(name, ref);
		return ref;
	}

	private SandboxCertificateStore existingStore(String storeName) {
		if (!StringUtils.hasText(storeName)) {
			String message = "certificateStoreName is missing";
			throw SandboxODataException.badRequest("CERTIFICATE_STORE_NAME_MISSING", message);
		}
		return store(storeName).orElseThrow(() -> storeNotFound(storeName));
	}

	private static SandboxODataException storeNotFound(String storeName) {
		String message = "The certificate store '" + storeName + "' does not exist";
		return SandboxODataException.badRequest("CERTIFICATE_STORE_NOT_FOUND", message);
	}

}
