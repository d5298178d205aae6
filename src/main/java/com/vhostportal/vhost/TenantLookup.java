package com.vhostportal.vhost;

import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the tenant and virtual host a URL names, answering 404 for anything unknown so
 * that a link never reveals more than the user may see.
 */
@Component
class TenantLookup {

	private final TenantDirectory tenants;

	private final ManagementClient management;

	TenantLookup(TenantDirectory tenants, ManagementClient management) {
		this.tenants = tenants;
		this.management = management;
	}

	Tenant tenant(String tenantId) {
		return this.tenants.find(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Reads a virtual host from the tenant's list.
	 * @throws com.vhostportal.apim.ApimException if the list cannot be read
	 */
	VirtualHost virtualHost(Tenant tenant, String virtualHostId) {
		return this.management.virtualHosts(tenant)
			.stream()
			.filter((host) -> host.id().equals(virtualHostId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
