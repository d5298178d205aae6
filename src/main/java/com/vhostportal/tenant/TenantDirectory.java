package com.vhostportal.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The tenants the portal knows: those from configuration, resolved once at start-up so
 * that a wrong entry stops the application with a message naming the property, and those
 * registered in the UI, read from the database. The stored ones are kept in memory for a
 * short while, since a submission looks its tenant up several times; a change made here
 * takes effect at once, one made by another instance within {@link #STORED_TTL}.
 */
@Component
public class TenantDirectory {

	/** How long the stored tenants are kept in memory before they are read again. */
	static final Duration STORED_TTL = Duration.ofSeconds(30);

	private static final Pattern URL_SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

	private static final String HTTP_URL_FIX = """
			set the URL from the service key, such as https://<host>/...""";

	private final Map<String, Tenant> tenants;

	private final StoredTenants stored;

	private volatile Snapshot snapshot;

	public TenantDirectory(TenantProperties properties) {
		this(properties, null);
	}

	@Autowired
	public TenantDirectory(TenantProperties properties, StoredTenants stored) {
		this.tenants = resolve(properties.tenants());
		this.stored = stored;
	}

	/**
	 * Returns every usable tenant: the configured ones in configuration order, then the
	 * stored ones by id.
	 * @return the tenants
	 */
	public List<Tenant> all() {
		List<Tenant> all = new ArrayList<>(this.tenants.values());
		for (StoredTenant registered : storedTenants().values()) {
			if (registered.usable()) {
				all.add(registered.tenant());
			}
		}
		return List.copyOf(all);
	}

	/**
	 * Returns the tenants from configuration, which the UI shows read-only.
	 * @return the configured tenants
	 */
	public List<Tenant> configured() {
		return List.copyOf(this.tenants.values());
	}

	/**
	 * Returns the tenants registered in the UI, unusable ones included.
	 * @return the stored tenants, by id
	 */
	public List<StoredTenant> stored() {
		return List.copyOf(storedTenants().values());
	}

	/**
	 * Finds a usable tenant by id.
	 * @param id the tenant id
	 * @return the tenant, if known and usable
	 */
	public Optional<Tenant> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		Tenant configured = this.tenants.get(id);
		if (configured != null) {
			return Optional.of(configured);
		}
		return Optional.ofNullable(storedTenants().get(id)).map(StoredTenant::tenant);
	}

	/**
	 * Returns whether an id is taken, by a configured or a stored tenant.
	 * @param id the id
	 * @return {@code true} if taken
	 */
	public boolean isTaken(String id) {
		if (this.tenants.containsKey(id)) {
			return true;
		}
		return this.stored != null && this.stored.find(id).isPresent();
	}

	/**
	 * Forgets the stored tenants kept in memory, so that the next lookup reads them from
	 * the database again.
	 */
	public void reload() {
		this.snapshot = null;
	}

	/**
	 * Returns whether an id is url-safe.
	 * @param id the id
	 * @return {@code true} if it may be used as a tenant id
	 */
	public static boolean isUrlSafeId(String id) {
		return id != null && URL_SAFE_ID.matcher(id).matches();
	}

	/**
	 * Registers a tenant.
	 * @param tenant the tenant
	 * @param by who registers it
	 * @throws IllegalStateException if the id is taken
	 */
	public void register(Tenant tenant, String by) {
		if (isTaken(tenant.id())) {
			throw new IllegalStateException("Tenant id '" + tenant.id() + "' is taken");
		}
		requireStore().insert(tenant, by, Instant.now());
		this.snapshot = null;
	}

	/**
	 * Replaces the keys of a stored tenant.
	 * @param id the tenant id
	 * @param write the new write key
	 * @param read the new read key, or {@code null}
	 * @param by who replaces them
	 * @return whether the tenant was stored
	 */
	public boolean replaceKeys(String id, ServiceKey write, ServiceKey read, String by) {
		boolean replaced = requireStore().replaceKeys(id, write, read, by, Instant.now());
		this.snapshot = null;
		return replaced;
	}

	/**
	 * Removes a stored tenant; its history stays.
	 * @param id the tenant id
	 * @return whether it was stored
	 */
	public boolean remove(String id) {
		boolean removed = requireStore().delete(id);
		this.snapshot = null;
		return removed;
	}

	/**
	 * Returns whether a value is an absolute http(s) URL with a host.
	 * @param value the value
	 * @return {@code true} if so
	 */
	public static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value.trim());
			String scheme = uri.getScheme();
			boolean http = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
			return http && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private Map<String, StoredTenant> storedTenants() {
		if (this.stored == null) {
			return Map.of();
		}
		Snapshot current = this.snapshot;
		if (current == null || current.readAt().plus(STORED_TTL).isBefore(Instant.now())) {
			Map<String, StoredTenant> byId = new LinkedHashMap<>();
			this.stored.all()
				.stream()
				.filter((tenant) -> !this.tenants.containsKey(tenant.id()))
				.forEach((tenant) -> byId.put(tenant.id(), tenant));
			current = new Snapshot(Collections.unmodifiableMap(byId), Instant.now());
			this.snapshot = current;
		}
		return current.byId();
	}

	private StoredTenants requireStore() {
		if (this.stored == null) {
			throw new IllegalStateException("This directory has no database");
		}
		return this.stored;
	}

	private static Map<String, Tenant> resolve(List<TenantProperties.Entry> entries) {
		Map<String, Tenant> resolved = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String prefix = "portal.tenants[" + i + "]";
			Tenant tenant = resolve(prefix, entries.get(i));
			if (resolved.putIfAbsent(tenant.id(), tenant) != null) {
				throw new TenantConfigurationException(
						prefix + ".id: '" + tenant.id() + "' is used twice; ids must be unique");
			}
		}
		return resolved;
	}

	private static Tenant resolve(String prefix, TenantProperties.Entry entry) {
		if (!isUrlSafeId(entry.id())) {
			throw invalid(prefix + ".id", "set a url-safe id (letters, digits, '-' and '_')");
		}
		if (entry.writeKey() == null) {
			throw invalid(prefix + ".write-key", "set the SelfService.Administrator key");
		}
		ServiceKey writeKey = key(prefix + ".write-key", entry.writeKey());
		TenantProperties.Key read = entry.readKey();
		ServiceKey readKey = (read != null) ? key(prefix + ".read-key", read) : null;
		String name = StringUtils.hasText(entry.name()) ? entry.name() : entry.id();
		String team = StringUtils.hasText(entry.team()) ? entry.team().trim() : null;
		String accountId = accountId(prefix, entry, writeKey);
		FieldLayout layout = entry.fieldLayout();
		return new Tenant(entry.id(), name, accountId, layout, writeKey, readKey, team);
	}

	private static String accountId(String prefix, TenantProperties.Entry entry, ServiceKey key) {
		if (StringUtils.hasText(entry.accountId())) {
			return entry.accountId().trim().toLowerCase(Locale.ROOT);
		}
		try {
			return AccountIds.fromTokenUrl(key.tokenUrl());
		}
		catch (IllegalArgumentException ex) {
			throw new TenantConfigurationException(prefix + ".account-id: " + ex.getMessage(), ex);
		}
	}

	private static ServiceKey key(String prefix, TenantProperties.Key key) {
		if (StringUtils.hasText(key.serviceKeyFile())) {
			return keyFromFile(prefix + ".service-key-file", Path.of(key.serviceKeyFile()));
		}
		require(prefix + ".url", key.url());
		require(prefix + ".token-url", key.tokenUrl());
		require(prefix + ".client-id", key.clientId());
		require(prefix + ".client-secret", key.clientSecret());
		requireHttpUrl(prefix + ".url", key.url());
		requireHttpUrl(prefix + ".token-url", key.tokenUrl());
		String url = key.url().trim();
		String tokenUrl = key.tokenUrl().trim();
		return new ServiceKey(url, tokenUrl, key.clientId().trim(), key.clientSecret());
	}

	private static ServiceKey keyFromFile(String property, Path file) {
		try {
			return ServiceKeyParser.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			String problem = property + ": cannot read '" + file + "' (" + ex.getMessage() + ")";
			throw new TenantConfigurationException(problem, ex);
		}
		catch (InvalidServiceKeyException ex) {
			throw new TenantConfigurationException(property + ": " + ex.getMessage(), ex);
		}
	}

	private static void requireHttpUrl(String property, String value) {
		if (isHttpUrl(value)) {
			return;
		}
		throw invalid(property, "'" + value + "' is not an http(s) URL; " + HTTP_URL_FIX);
	}

	private static void require(String property, String value) {
		if (!StringUtils.hasText(value)) {
			throw invalid(property, "missing; set it, or set service-key-file instead");
		}
	}

	private static TenantConfigurationException invalid(String property, String problem) {
		return new TenantConfigurationException(property + ": " + problem);
	}

	private record Snapshot(Map<String, StoredTenant> byId, Instant readAt) {

	}

}
