package com.vhostportal.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.vhostportal.apim.VirtualHost;
import com.vhostportal.history.HistoryRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides from a tenant's virtual host list whether a recorded request took effect: a
 * CREATE when a host with the requested alias or host name exists, an UPDATE when the
 * host's fields equal the requested ones, a DELETE when the id is gone.
 */
final class ChangeMatcher {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChangeMatcher() {
	}

	static Verdict match(HistoryRecord record, List<VirtualHost> hosts) {
		JsonNode request = JSON.readTree(record.requestBody());
		return switch (record.operation()) {
			case CREATE -> created(text(request, "virtualHostUrl"), hosts);
			case UPDATE -> updated(request, hosts);
			case DELETE -> deleted(text(request, "virtualHostId"), hosts);
		};
	}

	private static Verdict created(String url, List<VirtualHost> hosts) {
		return find(hosts, (host) -> namedAs(host, url))
			.map((host) -> Verdict.applied(host.id(), "Host " + url + " exists with id " + host.id()))
			.orElseGet(() -> Verdict.notApplied("No host " + url + " exists"));
	}

	private static Verdict updated(JsonNode request, List<VirtualHost> hosts) {
		String id = text(request, "virtualHostId");
		Optional<VirtualHost> found = find(hosts, (host) -> id.equals(host.id()));
		if (found.isEmpty()) {
			return Verdict.notApplied("Host " + id + " no longer exists");
		}
		List<String> differences = differences(request, found.get());
		if (differences.isEmpty()) {
			return Verdict.applied(id, "Host " + id + " has the requested settings");
		}
		return Verdict.notApplied("Host " + id + " differs from the request in " + String.join(", ", differences));
	}

	private static List<String> differences(JsonNode request, VirtualHost host) {
		List<String> differences = new ArrayList<>();
		if (!namedAs(host, text(request, "virtualHostUrl"))) {
			differences.add("virtualHostUrl");
		}
		if (host.defaultHost() != flag(request, "isDefaultVirtualHostRequest")) {
			differences.add("isDefaultVirtualHostRequest");
		}
		if (host.clientAuth() != flag(request, "isClientAuthEnabled")) {
			differences.add("isClientAuthEnabled");
		}
		compare(differences, "trustStore", text(request, "trustStore"), host.trustStore());
		// The 2025 layout sends the keystore as keyStore, without an alias.
		String keyStore = request.has("keyStore") ? text(request, "keyStore") : text(request, "keyStoreName");
		compare(differences, "keyStoreName", keyStore, host.keyStoreName());
		if (!request.has("keyStore")) {
			compare(differences, "keyStoreAlias", text(request, "keyStoreAlias"), host.keyStoreAlias());
		}
		return differences;
	}

	private static void compare(List<String> differences, String field, String requested, String actual) {
		if (!Objects.equals(blankToNull(requested), blankToNull(actual))) {
			differences.add(field);
		}
	}

	private static Verdict deleted(String id, List<VirtualHost> hosts) {
		if (find(hosts, (host) -> id.equals(host.id())).isPresent()) {
			return Verdict.notApplied("Host " + id + " still exists");
		}
		return Verdict.applied(id, "Host " + id + " no longer exists");
	}

	// The alias of a host on the default domain, the full name of one on a custom domain.
	private static boolean namedAs(VirtualHost host, String url) {
		return url != null && (url.equalsIgnoreCase(host.name()) || url.equalsIgnoreCase(host.host()));
	}

	private static Optional<VirtualHost> find(List<VirtualHost> hosts, Predicate<VirtualHost> test) {
		return hosts.stream().filter(test).findFirst();
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		return (value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	private static boolean flag(JsonNode node, String name) {
		return node.path(name).asBoolean(false);
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
