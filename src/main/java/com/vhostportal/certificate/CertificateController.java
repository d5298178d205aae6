package com.vhostportal.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vhostportal.apim.ApimException;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.security.TeamScope;
import com.vhostportal.tenant.TenantDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A store's certificates and the chains they form, and the expiry overview across the
 * tenants the user can see.
 */
@Controller
@RequestMapping("/certificates")
class CertificateController {

	private final TenantDirectory tenants;

	private final CertificateInventory inventory;

	private final CertificateLabels labels;

	private final TeamScope scope;

	// @formatter:off
	CertificateController(
			TenantDirectory tenants,
			CertificateInventory inventory,
			CertificateLabels labels,
			TeamScope scope) {
	// @formatter:on
		this.scope = scope;
		this.tenants = tenants;
		this.inventory = inventory;
		this.labels = labels;
	}

	// Every tenant with a read key today; per-team tenant scoping comes with teams.
	@GetMapping("/expiry")
	String expiry(Model model) {
		Instant now = this.inventory.now();
		List<ExpiryRow> rows = new ArrayList<>();
		Map<String, String> failures = new LinkedHashMap<>();
		List<Tenant> withoutReadKey = new ArrayList<>();
		for (Tenant tenant : visibleTenants()) {
			if (tenant.readKey() == null) {
				withoutReadKey.add(tenant);
				continue;
			}
			try {
				List<StoreCertificates> stores = this.inventory.of(tenant).stores();
				stores.forEach((store) -> rows.addAll(rowsOf(tenant, store, now)));
			}
			catch (ApimException ex) {
				failures.put(tenant.name(), ex.getMessage());
			}
		}
		rows.sort(Comparator.comparing((ExpiryRow row) -> row.certificate().notAfter(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		model.addAttribute("rows", rows);
		model.addAttribute("failures", failures);
		model.addAttribute("withoutReadKey", withoutReadKey);
		return "certificates/expiry";
	}

	@GetMapping("/{tenantId}/{storeName}")
	String store(@PathVariable String tenantId, @PathVariable String storeName, Model model) {
		Tenant tenant = this.tenants.find(tenantId)
			.filter((candidate) -> this.scope.mayRead(candidate.team()))
			.orElseThrow(CertificateController::notFound);
		if (tenant.readKey() == null) {
			throw notFound();
		}
		StoreCertificates store = this.inventory.of(tenant)
			.store(storeName)
			.orElseThrow(CertificateController::notFound);
		model.addAttribute("tenant", tenant);
		model.addAttribute("store", store);
		model.addAttribute("chains", store.chains());
		model.addAttribute("now", this.inventory.now());
		return "certificates/store";
	}

	private List<ExpiryRow> rowsOf(Tenant tenant, StoreCertificates store, Instant now) {
		List<ExpiryRow> rows = new ArrayList<>();
		for (CertificateDetails certificate : store.certificates()) {
			ExpiryState state = certificate.expiryState(now);
			String expiry = this.labels.expiry(certificate, now);
			rows.add(new ExpiryRow(tenant, store.store().name(), certificate, state, expiry));
		}
		return rows;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	// The overview and the store pages show only the tenants of the person's teams.
	private List<Tenant> visibleTenants() {
		Stream<Tenant> all = this.tenants.all().stream();
		return all.filter((tenant) -> this.scope.mayRead(tenant.team())).toList();
	}

}
