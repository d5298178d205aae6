package com.vhostportal.vhost;

import com.vhostportal.apim.VirtualHost;
import com.vhostportal.tenant.Tenant;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Deleting a host: the page states SAP's preconditions and the user types the host's name
 * to confirm before the request is reviewed.
 */
@Controller
@RequestMapping("/virtual-hosts/{tenantId}/{virtualHostId}/delete")
class DeleteController {

	private static final String VIEW = "virtual-hosts/delete";

	private final TenantLookup lookup;

	private final ProxyUsages proxyUsages;

	private final SubmissionPreparer preparer;

	private final PreparedSubmissions prepared;

	DeleteController(TenantLookup lookup, ProxyUsages proxyUsages, SubmissionPreparer preparer,
			PreparedSubmissions prepared) {
		this.lookup = lookup;
		this.proxyUsages = proxyUsages;
		this.preparer = preparer;
		this.prepared = prepared;
	}

	@GetMapping
	// @formatter:off
	String confirm(
			@PathVariable String tenantId,
			@PathVariable String virtualHostId,
			Model model) {
	// @formatter:on
		model.addAttribute("form", new DeleteForm(null));
		return show(tenantId, virtualHostId, model);
	}

	@PostMapping
	// @formatter:off
	String review(
			@PathVariable String tenantId,
			@PathVariable String virtualHostId,
			@Valid @ModelAttribute("form") DeleteForm form,
			BindingResult result,
			Model model,
			HttpSession session) {
	// @formatter:on
		Tenant tenant = this.lookup.tenant(tenantId);
		VirtualHost host = this.lookup.virtualHost(tenant, virtualHostId);
		if (!result.hasErrors() && !host.name().equals(form.confirmation().trim())) {
			String code = "vhost.delete.confirmation.mismatch";
			result.rejectValue("confirmation", code, new Object[] { host.name() }, null);
		}
		if (result.hasErrors()) {
			return show(tenantId, virtualHostId, model);
		}

		PreparedSubmission submission = this.preparer.delete(tenant, host);
		this.prepared.put(session, submission);
		return "redirect:/virtual-hosts/review/" + submission.token();
	}

	private String show(String tenantId, String virtualHostId, Model model) {
		Tenant tenant = this.lookup.tenant(tenantId);
		VirtualHost host = this.lookup.virtualHost(tenant, virtualHostId);
		model.addAttribute("tenant", tenant);
		model.addAttribute("host", host);
		model.addAttribute("usage", this.proxyUsages.of(tenant, host.id()));
		return VIEW;
	}

}
