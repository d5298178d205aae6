package com.vhostportal.vhost;

import java.util.List;
import java.util.Optional;

import com.vhostportal.apim.ApimException;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.tenant.Tenant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A tenant's virtual hosts, the starting point of every change.
 */
@Controller
class VirtualHostListController {

	private final TenantLookup lookup;

	private final ManagementClient management;

	private final CertificatePickers pickers;

	// @formatter:off
	VirtualHostListController(
			TenantLookup lookup,
			ManagementClient management,
			CertificatePickers pickers) {
	// @formatter:on
		this.lookup = lookup;
		this.management = management;
		this.pickers = pickers;
	}

	@GetMapping("/virtual-hosts")
	String list(@RequestParam(name = "tenant", required = false) String tenantId, Model model) {
		List<Tenant> all = this.lookup.all();
		Optional<Tenant> first = all.stream().findFirst();
		Tenant tenant = (tenantId != null) ? this.lookup.tenant(tenantId) : first.orElse(null);
		model.addAttribute("tenants", all);
		model.addAttribute("tenant", tenant);
		if (tenant != null) {
			try {
				model.addAttribute("hosts", this.management.virtualHosts(tenant));
			}
			catch (ApimException ex) {
				model.addAttribute("hostsError", ex.getMessage());
			}
		}
		return "virtual-hosts/list";
	}

	/**
	 * Lists the key aliases of a keystore, for the script that refreshes the alias picker
	 * when the keystore changes.
	 */
	@GetMapping("/virtual-hosts/key-aliases")
	@ResponseBody
	ResponseEntity<List<StoreOption>> keyAliases(@RequestParam("tenant") String tenantId,
			@RequestParam("keyStore") String keyStore) {
		Tenant tenant = this.lookup.tenant(tenantId);
		try {
			return ResponseEntity.ok(this.pickers.keyAliases(tenant, keyStore));
		}
		catch (ApimException ex) {
			return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
		}
	}

}
