package com.vhostportal.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.vhostportal.apim.RequestedSettings;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.history.HistoryRecord;

/**
 * Decides from a tenant's virtual host list whether a recorded request took effect: a
 * CREATE when a host with the requested alias or host name exists, an UPDATE when the
 * host's fields equal the requested ones, a DELETE when the id is gone.
 */
final class ChangeMatcher {

	private ChangeMatcher() {
	}

	static Verdict match(HistoryRecord record, List<VirtualHost> hosts) {
		RequestedSettings request = RequestedSettings.read(record.requestBody());
		return switch (record.operation()) {
			case CREATE -> created(request.virtualHostUrl(), hosts);
			case UPDATE -> updated(request, hosts);
			case DELETE -> deleted(request.virtualHostId(), hosts);
		};
	}

	private static Verdict created(String url, List<VirtualHost> hosts) {
		Optional<VirtualHost> found = find(hosts, (host) -> namedAs(host, url));
		if (found.isEmpty()) {
			return Verdict.notApplied("No host " + url + " exists");
		}
		String id = found.get().id();
		return Verdict.applied(id, "Host " + url + " exists with id " + id);
	}

	private static Verdict updated(RequestedSettings request, List<VirtualHost> hosts) {
		String id = request.virtualHostId();
		Optional<VirtualHost> found = find(hosts, (host) -> id.equals(host.id()));
		if (found.isEmpty()) {
			return Verdict.notApplied("Host " + id + " no longer exists");
		}
		List<String> differences = differences(request, found.get());
		if (differences.isEmpty()) {
			return Verdict.applied(id, "Host " + id + " has the requested settings");
		}
		String fields = String.join(", ", differences);
		return Verdict.notApplied("Host " + id + " differs from the request in " + fields);
	}

	private static List<String> differences(RequestedSettings request, VirtualHost host) {
		List<String> differences = new ArrayList<>();
		if (!namedAs(host, request.virtualHostUrl())) {
			differences.add("virtualHostUrl");
		}
		if (host.defaultHost() != request.defaultHost()) {
			differences.add("isDefaultVirtualHostRequest");
		}
		if (host.clientAuth() != request.clientAuth()) {
			differences.add("isClientAuthEnabled");
		}
		if (differ(request.trustStore(), host.trustStore())) {
			differences.add("trustStore");
		}
		if (differ(request.keyStore(), host.keyStoreName())) {
			differences.add("keyStoreName");
		}
		// The 2025 layout sends no key alias: it cannot differ.
		if (!request.legacyLayout() && differ(request.keyAlias(), host.keyStoreAlias())) {
			differences.add("keyStoreAlias");
		}
		return differences;
	}

	private static boolean differ(String requested, String actual) {
		return !Objects.equals(blankToNull(requested), blankToNull(actual));
	}

	private static Verdict deleted(String id, List<VirtualHost> hosts) {
		if (find(hosts, (host) -> id.equals(host.id())).isPresent()) {
			return Verdict.notApplied("Host " + id + " still exists");
		}
		return Verdict.applied(id, "Host " + id + " no longer exists");
	}

	// The alias of a host on the default domain, the full name of one on a custom domain.
	private static boolean namedAs(VirtualHost host, String url) {
		if (url == null) {
			return false;
		}
		return url.equalsIgnoreCase(host.name()) || url.equalsIgnoreCase(host.host());
	}

	private static Optional<VirtualHost> find(List<VirtualHost> all, Predicate<VirtualHost> test) {
		return all.stream().filter(test).findFirst();
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
