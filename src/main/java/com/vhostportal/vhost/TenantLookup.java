package com.vhostportal.vhost;

import java.util.List;
import java.util.Optional;

import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.security.TeamScope;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the tenant and virtual host a URL names, among the tenants the signed-in person
 * may act on, answering 404 for anything unknown or out of reach so that a link never
 * reveals more than the user may see.
 */
@Component
class TenantLookup {

	private final TenantDirectory tenants;

	private final ManagementClient management;

	private final TeamScope scope;

	TenantLookup(TenantDirectory tenants, ManagementClient management, TeamScope scope) {
		this.tenants = tenants;
		this.management = management;
		this.scope = scope;
	}

	Tenant tenant(String tenantId) {
		return find(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Optional<Tenant> find(String tenantId) {
		return this.tenants.find(tenantId).filter(this::inScope);
	}

	/**
	 * Returns the tenants the signed-in person may act on, in directory order.
	 */
	List<Tenant> all() {
		return this.tenants.all().stream().filter(this::inScope).toList();
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

	private boolean inScope(Tenant tenant) {
		return this.scope.mayOperate(tenant.team());
	}

}
