package com.vhostportal.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The virtual hosts of the sandbox tenant and the virtual host requests that change them.
 * Requests are applied one at a time, as API Management serialises them per tenant.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxVirtualHosts {

	static final String DEFAULT_HOST_ALIAS = "default";

	static final String LEGACY_HOST_ALIAS = "legacy-apis";

	private static final String SEEDED_BY = "sandbox";

	private static final Logger logger = LoggerFactory.getLogger(SandboxVirtualHosts.class);

	private static final String APPLIED = """
			Sandbox applied {} to virtual host {} ({}) for client {}""";

	private final Map<String, SandboxVirtualHost> hosts = new LinkedHashMap<>();

	private final SandboxVirtualHostValidator validator;

	private final SandboxApiProxies proxies;

	SandboxVirtualHosts(SandboxVirtualHostValidator validator, SandboxApiProxies proxies) {
		this.validator = validator;
		this.proxies = proxies;
		Instant now = Instant.now();
		seed(SandboxHostSettings.onDefaultDomain(DEFAULT_HOST_ALIAS, true), now);
		seed(SandboxHostSettings.onDefaultDomain(LEGACY_HOST_ALIAS, false), now);
	}

	synchronized List<SandboxVirtualHost> all() {
		return new ArrayList<>(this.hosts.values());
	}

	synchronized Optional<SandboxVirtualHost> find(String id) {
		return Optional.ofNullable(this.hosts.get(id));
	}

	/**
	 * Applies a virtual host request.
	 * @param request the request
	 * @param clientId the client that sent it
	 * @return what was done
	 * @throws SandboxODataException if API Management would refuse the request
	 */
	// @formatter:off
	synchronized SandboxVirtualHostChange apply(
			SandboxVirtualHostRequest request,
			String clientId) {
	// @formatter:on
		Instant now = Instant.now();
		SandboxVirtualHost host = switch (request.operation()) {
			case CREATE -> create(request, now, clientId);
			case UPDATE -> update(request, now, clientId);
			case DELETE -> delete(request);
		};
		String name = host.settings().name();
		logger.info(APPLIED, request.operation(), name, host.id(), clientId);
		String requestId = UUID.randomUUID().toString();
		return new SandboxVirtualHostChange(requestId, request.operation(), host, now, clientId);
	}

	private SandboxVirtualHost create(SandboxVirtualHostRequest request, Instant at, String by) {
		SandboxHostSettings settings = this.validator.validate(request);
		requireUnique(settings, null);
		String id = UUID.randomUUID().toString();
		SandboxVirtualHost host = new SandboxVirtualHost(id, settings, at, by, at, by);
		store(host);
		return host;
	}

	private SandboxVirtualHost update(SandboxVirtualHostRequest request, Instant at, String by) {
		SandboxVirtualHost existing = existing(request);
		SandboxHostSettings settings = this.validator.validate(request);
		if (existing.settings().defaultHost() && !settings.defaultHost()) {
			String message = "'" + existing.settings().name() + "' is the default virtual host; "
					+ "make another host the default instead of unsetting it";
			throw SandboxODataException.badRequest("VHR_DEFAULT_VIRTUALHOST_REQUIRED", message);
		}
		requireUnique(settings, existing.id());
		SandboxVirtualHost host = existing.changedTo(settings, at, by);
		store(host);
		return host;
	}

	private SandboxVirtualHost delete(SandboxVirtualHostRequest request) {
		SandboxVirtualHost existing = existing(request);
		String name = existing.settings().name();
		if (existing.settings().defaultHost()) {
			String message = "'" + name + "' is the default virtual host and cannot be deleted";
			String code = "VHR_DEFAULT_VIRTUALHOST_CANNOT_BE_DELETED";
			throw SandboxODataException.badRequest(code, message);
		}
		List<String> users = this.proxies.namesUsing(existing.id());
		if (!users.isEmpty()) {
			String names = String.join(", ", users);
			String message = "'" + name + "' is used by the API proxies " + names
					+ "; undeploy them or move them to another virtual host first";
			String code = "VHR_VIRTUALHOST_IN_USE_BY_API_PROXIES";
			throw SandboxODataException.badRequest(code, message);
		}
		this.hosts.remove(existing.id());
		return existing;
	}

	private SandboxVirtualHost existing(SandboxVirtualHostRequest request) {
		String id = request.virtualHostId();
		if (!StringUtils.hasText(id)) {
			String message = "virtualHostId is missing; " + request.operation() + " needs it";
			throw SandboxODataException.badRequest("VHR_VIRTUALHOST_ID_MISSING", message);
		}
		SandboxVirtualHost existing = this.hosts.get(id);
		if (existing == null) {
			String message = "No virtual host with the id '" + id + "' exists";
			throw SandboxODataException.badRequest("VHR_NO_COMPLETED_RECORD_FOUND", message);
		}
		return existing;
	}

	private void requireUnique(SandboxHostSettings settings, String ownId) {
		for (SandboxVirtualHost other : this.hosts.values()) {
			SandboxHostSettings taken = other.settings();
			boolean sameName = sameName(taken.name(), settings.name());
			boolean sameHost = sameName(taken.host(), settings.host());
			if ((sameName || sameHost) && !other.id().equals(ownId)) {
				String described = taken.name() + " (" + taken.host() + ")";
				String message = "The virtual host " + described + " exists";
				throw SandboxODataException.badRequest("VHR_VIRTUALHOST_ALREADY_EXISTS", message);
			}
		}
	}

	private static boolean sameName(String one, String other) {
		return one.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
	}

	// A tenant has exactly one default host: a new default replaces the old one.
	private void store(SandboxVirtualHost host) {
		if (host.settings().defaultHost()) {
			Instant at = host.changedAt();
			String by = host.changedBy();
			this.hosts.replaceAll((id, other) -> notDefault(other, at, by));
		}
		this.hosts.put(host.id(), host);
	}

	private static SandboxVirtualHost notDefault(SandboxVirtualHost host, Instant at, String by) {
		if (!host.settings().defaultHost()) {
			return host;
		}
		SandboxHostSettings settings = host.settings().withDefaultHost(false);
		return host.changedTo(settings, at, by);
	}

	private void seed(SandboxHostSettings settings, Instant now) {
		String id = SandboxVirtualHost.seedId(settings.name());
		this.hosts.put(id, new SandboxVirtualHost(id, settings, now, SEEDED_BY, now, SEEDED_BY));
	}

}
