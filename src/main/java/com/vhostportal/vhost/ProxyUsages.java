package com.vhostportal.vhost;

import java.util.List;

import com.vhostportal.apim.ApiProxy;
import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.tenant.Tenant;

import org.springframework.stereotype.Component;

/**
 * Finds the API proxies that use a virtual host: they block its deletion, and after an
 * update they must be redeployed and their products republished. SAP has no public deploy
 * call, so the portal lists them rather than acting on them.
 */
@Component
class ProxyUsages {

	private final ManagementClient management;

	ProxyUsages(ManagementClient management) {
		this.management = management;
	}

	ProxyUsage of(Tenant tenant, String virtualHostId) {
		if (tenant.readKey() == null) {
			return new ProxyUsage(List.of(), List.of(), "proxies.noReadKey", null);
		}
		try {
			List<ApiProxy> proxies = this.management.apiProxies(tenant)
				.stream()
				.filter((proxy) -> proxy.uses(virtualHostId))
				.toList();
			List<String> products = proxies.stream()
				.flatMap((proxy) -> proxy.productNames().stream())
				.distinct()
				.sorted()
				.toList();
			return new ProxyUsage(proxies, products, null, null);
		}
		catch (ApimException ex) {
			return new ProxyUsage(List.of(), List.of(), "proxies.readFailed", ex.getMessage());
		}
	}

}
