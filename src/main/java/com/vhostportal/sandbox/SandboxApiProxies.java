package com.vhostportal.sandbox;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The API proxies deployed on the sandbox tenant. There is no deploy call in the API the
 * portal uses, so the list is fixed; it exists so that the portal can show which proxies
 * an update touches and so that deleting a host in use is refused.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxApiProxies {

	private final List<SandboxApiProxy> proxies;

	SandboxApiProxies() {
		String defaultHost = SandboxVirtualHost.seedId(SandboxVirtualHosts.DEFAULT_HOST_ALIAS);
		String legacyHost = SandboxVirtualHost.seedId(SandboxVirtualHosts.LEGACY_HOST_ALIAS);
		SandboxApiProxy orders = proxy("orders-v1", defaultHost, "Orders");
		SandboxApiProxy customers = proxy("customers-v1", defaultHost, "Customers");
		SandboxApiProxy billing = proxy("legacy-billing", legacyHost, "Billing");
		this.proxies = List.of(orders, customers, billing);
	}

	List<SandboxApiProxy> all() {
		return this.proxies;
	}

	/**
	 * Returns the proxies that use a virtual host.
	 * @param hostId the host id
	 * @return the names of the proxies with an end point on the host
	 */
	List<String> namesUsing(String hostId) {
		Predicate<SandboxApiProxy> usesHost = (proxy) -> proxy.uses(hostId);
		List<SandboxApiProxy> users = this.proxies.stream().filter(usesHost).toList();
		return users.stream().map(SandboxApiProxy::name).toList();
	}

	private static SandboxApiProxy proxy(String name, String virtualHostId, String product) {
		List<String> hosts = List.of(virtualHostId);
		SandboxApiProxy.EndPoint endPoint = new SandboxApiProxy.EndPoint("default", hosts);
		return new SandboxApiProxy(name, List.of(endPoint), List.of(product));
	}

}
