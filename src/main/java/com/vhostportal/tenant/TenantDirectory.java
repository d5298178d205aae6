package com.vhostportal.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The tenants the portal knows, resolved from configuration once at start-up so that a
 * wrong entry stops the application with a message naming the property.
 */
@Component
public class TenantDirectory {

	private static final Pattern URL_SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

	private final Map<String, Tenant> tenants;

	public TenantDirectory(TenantProperties properties) {
		this.tenants = resolve(properties.tenants());
	}

	/**
	 * Returns every tenant, in configuration order.
	 * @return the tenants
	 */
	public List<Tenant> all() {
		return List.copyOf(this.tenants.values());
	}

	/**
	 * Finds a tenant by id.
	 * @param id the tenant id
	 * @return the tenant, if known
	 */
	public Optional<Tenant> find(String id) {
		return Optional.ofNullable((id != null) ? this.tenants.get(id) : null);
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
		if (entry.id() == null || !URL_SAFE_ID.matcher(entry.id()).matches()) {
			throw new TenantConfigurationException(prefix + ".id: set a url-safe id (letters, digits, '-' and '_')");
		}
		if (entry.writeKey() == null) {
			throw new TenantConfigurationException(prefix + ".write-key: set the SelfService.Administrator key");
		}
		ServiceKey writeKey = key(prefix + ".write-key", entry.writeKey());
		ServiceKey readKey = (entry.readKey() != null) ? key(prefix + ".read-key", entry.readKey()) : null;
		String name = StringUtils.hasText(entry.name()) ? entry.name() : entry.id();
		String team = StringUtils.hasText(entry.team()) ? entry.team().trim() : null;
		return new Tenant(entry.id(), name, accountId(prefix, entry, writeKey), entry.fieldLayout(), writeKey, readKey,
				team);
	}

	private static String accountId(String prefix, TenantProperties.Entry entry, ServiceKey writeKey) {
		if (StringUtils.hasText(entry.accountId())) {
			return entry.accountId().trim().toLowerCase(Locale.ROOT);
		}
		try {
			return AccountIds.fromTokenUrl(writeKey.tokenUrl());
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
		return new ServiceKey(key.url().trim(), key.tokenUrl().trim(), key.clientId().trim(), key.clientSecret());
	}

	private static ServiceKey keyFromFile(String property, Path file) {
		try {
			return ServiceKeyParser.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new TenantConfigurationException(property + ": cannot read '" + file + "' (" + ex.getMessage() + ")",
					ex);
		}
		catch (InvalidServiceKeyException ex) {
			throw new TenantConfigurationException(property + ": " + ex.getMessage(), ex);
		}
	}

	private static void requireHttpUrl(String property, String value) {
		try {
			URI uri = new URI(value.trim());
			boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
			if (http && uri.getHost() != null) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// Reported below, with the property that holds it.
		}
		throw new TenantConfigurationException(property + ": '" + value
				+ "' is not an http(s) URL; set the URL from the service key, such as https://<host>/...");
	}

	private static void require(String property, String value) {
		if (!StringUtils.hasText(value)) {
			throw new TenantConfigurationException(property + ": missing; set it, or set service-key-file instead");
		}
	}

}
