package com.vhostportal.vhost;

import com.vhostportal.apim.VirtualHost;
import com.vhostportal.tenant.Tenant;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The create and update forms. "Refresh choices" shows the form again with the pickers
 * filled for the chosen tenant and keystore, so the form works without JavaScript;
 * "Review" validates and prepares the exact request.
 */
@Controller
@RequestMapping("/virtual-hosts")
class VirtualHostFormController {

	static final String FORM_VIEW = "virtual-hosts/form";

	private final TenantLookup lookup;

	private final CertificatePickers pickers;

	private final VirtualHostFormValidator validator;

	private final SubmissionPreparer preparer;

	private final PreparedSubmissions prepared;

	// @formatter:off
	VirtualHostFormController(
			TenantLookup lookup,
			CertificatePickers pickers,
			VirtualHostFormValidator validator,
			SubmissionPreparer preparer,
			PreparedSubmissions prepared) {
	// @formatter:on
		this.lookup = lookup;
		this.pickers = pickers;
		this.validator = validator;
		this.preparer = preparer;
		this.prepared = prepared;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(name = "tenant", required = false) String tenantId, Model model) {
		VirtualHostForm form = new VirtualHostForm();
		form.setTenantId(this.lookup.find(tenantId).orElseGet(this::firstTenant).id());
		model.addAttribute("form", form);
		return showForm(form, null, model);
	}

	@PostMapping(path = "/new", params = "refresh")
	String refreshNewForm(@ModelAttribute("form") VirtualHostForm form, Model model) {
		return showForm(form, null, model);
	}

	@PostMapping("/new")
	// @formatter:off
	String reviewNew(
			@Valid @ModelAttribute("form") VirtualHostForm form,
			BindingResult result,
			Model model,
			HttpSession session) {
	// @formatter:on
		Tenant tenant = this.lookup.find(form.getTenantId()).orElse(null);
		if (tenant == null && !result.hasFieldErrors("tenantId")) {
			result.rejectValue("tenantId", "vhost.tenant.unknown");
		}
		if (tenant != null) {
			this.validator.validate(form, tenant, result);
		}
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}

		return review(session, this.preparer.create(tenant, form));
	}

	@GetMapping("/{tenantId}/{virtualHostId}/edit")
	// @formatter:off
	String editForm(
			@PathVariable String tenantId,
			@PathVariable String virtualHostId,
			Model model) {
	// @formatter:on
		Tenant tenant = this.lookup.tenant(tenantId);
		VirtualHost current = this.lookup.virtualHost(tenant, virtualHostId);
		VirtualHostForm form = SubmissionPreparer.formOf(tenant, current);
		model.addAttribute("form", form);
		return showForm(form, current, model);
	}

	@PostMapping(path = "/{tenantId}/{virtualHostId}/edit", params = "refresh")
	String refreshEditForm(@PathVariable String tenantId, @PathVariable String virtualHostId,
			@ModelAttribute("form") VirtualHostForm form, Model model) {
		Tenant tenant = this.lookup.tenant(tenantId);
		VirtualHost current = this.lookup.virtualHost(tenant, virtualHostId);
		pinToHost(form, tenant, current);
		return showForm(form, current, model);
	}

	@PostMapping("/{tenantId}/{virtualHostId}/edit")
	String reviewUpdate(@PathVariable String tenantId, @PathVariable String virtualHostId,
			@Valid @ModelAttribute("form") VirtualHostForm form, BindingResult result, Model model,
			HttpSession session) {
		Tenant tenant = this.lookup.tenant(tenantId);
		VirtualHost current = this.lookup.virtualHost(tenant, virtualHostId);
		pinToHost(form, tenant, current);
		this.validator.validate(form, tenant, result);
		if (result.hasErrors()) {
			return showForm(form, current, model);
		}

		return review(session, this.preparer.update(tenant, current, form));
	}

	/**
	 * Shows the form with its pickers; also used to show it again after a refused
	 * submission.
	 */
	String showForm(VirtualHostForm form, VirtualHost current, Model model) {
		Tenant tenant = this.lookup.find(form.getTenantId()).orElse(null);
		model.addAttribute("tenants", this.lookup.all());
		model.addAttribute("tenant", tenant);
		model.addAttribute("current", current);
		model.addAttribute("formAction", formAction(form, current));
		model.addAttribute("choices", this.pickers.choicesFor(tenant, form));
		return FORM_VIEW;
	}

	private static String formAction(VirtualHostForm form, VirtualHost current) {
		if (current == null) {
			return "/virtual-hosts/new";
		}
		return UriComponentsBuilder.fromPath("/virtual-hosts/{tenant}/{host}/edit")
			.buildAndExpand(form.getTenantId(), current.id())
			.encode()
			.toUriString();
	}

	// The tenant, host and domain type of an update come from the host itself: SAP does
	// not
	// move a host between tenants or domains.
	private static void pinToHost(VirtualHostForm form, Tenant tenant, VirtualHost current) {
		form.setTenantId(tenant.id());
		form.setVirtualHostId(current.id());
		form.setDomainType(current.customDomain() ? DomainType.CUSTOM : DomainType.DEFAULT);
	}

	private String review(HttpSession session, PreparedSubmission submission) {
		this.prepared.put(session, submission);
		return "redirect:/virtual-hosts/review/" + submission.token();
	}

	private Tenant firstTenant() {
		return this.lookup.all()
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
