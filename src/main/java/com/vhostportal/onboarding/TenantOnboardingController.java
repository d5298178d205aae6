package com.vhostportal.onboarding;

import java.util.List;
import java.util.Locale;

import com.vhostportal.apim.ConnectionCheck;
import com.vhostportal.security.SignedInPerson;
import com.vhostportal.security.TeamScope;
import com.vhostportal.tenant.AccountIds;
import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.StoredTenant;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tenant onboarding: lists the tenants of the user's teams, registers a tenant from its
 * service keys after an optional connection test, replaces the keys of a registered
 * tenant and removes one. Tenants from configuration are listed read-only. Another team's
 * tenant answers 404.
 */
@Controller
class TenantOnboardingController {

	private static final Logger logger = LoggerFactory.getLogger(TenantOnboardingController.class);

	private static final String FORM_VIEW = "tenants/form";

	private static final String KEYS_VIEW = "tenants/keys";

	private static final String TEST = "test";

	private final TenantDirectory tenants;

	private final TeamScope scope;

	private final ConnectionCheck connection;

	// @formatter:off
	TenantOnboardingController(
			TenantDirectory tenants,
			TeamScope scope,
			ConnectionCheck connection) {
	// @formatter:on
		this.tenants = tenants;
		this.scope = scope;
		this.connection = connection;
	}

	@GetMapping("/tenants")
	String list(Model model) {
		List<Tenant> configured = this.tenants.configured();
		model.addAttribute("configured", configured.stream().filter(this::mayRead).toList());
		List<StoredTenant> stored = this.tenants.stored();
		model.addAttribute("stored", stored.stream().filter(this::mayManage).toList());
		return "tenants/list";
	}

	@GetMapping("/tenants/new")
	String newTenant(Model model) {
		model.addAttribute("form", TenantForm.empty());
		return showForm(model);
	}

	// @formatter:off
	@PostMapping("/tenants/new")
	String register(
			@Valid @ModelAttribute("form") TenantForm form,
			BindingResult result,
			@RequestParam(defaultValue = "") String action,
			Authentication authentication,
			Model model,
			RedirectAttributes redirect) {
	// @formatter:on
		String writeText = ServiceKeyInput.text(form.writeKey(), form.writeKeyFile());
		String readText = ServiceKeyInput.text(form.readKey(), form.readKeyFile());
		Keys keys = keys(writeText, readText, result, model);
		if (TEST.equals(action)) {
			testConnection(keys, result, model);
			return showForm(model);
		}
		ServiceKey write = keys.write();
		checkId(form.id(), result);
		checkTeam(form.team(), result);
		String accountId = accountId(form.accountId(), write, result);
		if (result.hasErrors()) {
			return showForm(model);
		}

		String team = StringUtils.hasText(form.team()) ? form.team().trim() : null;
		String name = StringUtils.hasText(form.name()) ? form.name().trim() : form.id();
		FieldLayout layout = form.fieldLayout();
		Tenant tenant = new Tenant(form.id(), name, accountId, layout, write, keys.read(), team);
		String by = person(authentication);
		this.tenants.register(tenant, by);
		logger.info("Tenant '{}' of team {} registered by {}", tenant.id(), team, by);
		redirect.addFlashAttribute("registered", tenant.id());
		return "redirect:/tenants";
	}

	@GetMapping("/tenants/{id}/keys")
	String keys(@PathVariable String id, Model model) {
		model.addAttribute("tenant", manageable(id));
		model.addAttribute("form", KeysForm.empty());
		return KEYS_VIEW;
	}

	// @formatter:off
	@PostMapping("/tenants/{id}/keys")
	String replaceKeys(
			@PathVariable String id,
			@Valid @ModelAttribute("form") KeysForm form,
			BindingResult result,
			@RequestParam(defaultValue = "") String action,
			Authentication authentication,
			Model model,
			RedirectAttributes redirect) {
	// @formatter:on
		StoredTenant stored = manageable(id);
		model.addAttribute("tenant", stored);
		String writeText = ServiceKeyInput.text(form.writeKey(), form.writeKeyFile());
		String readText = ServiceKeyInput.text(form.readKey(), form.readKeyFile());
		Keys keys = keys(writeText, readText, result, model);
		if (TEST.equals(action)) {
			testConnection(keys, result, model);
			return KEYS_VIEW;
		}
		if (result.hasErrors()) {
			return KEYS_VIEW;
		}

		this.tenants.replaceKeys(id, keys.write(), keys.read(), person(authentication));
		logger.info("Keys of tenant '{}' replaced by {}", id, person(authentication));
		redirect.addFlashAttribute("replaced", id);
		return "redirect:/tenants";
	}

	// @formatter:off
	@PostMapping("/tenants/{id}/remove")
	String remove(
			@PathVariable String id,
			Authentication authentication,
			RedirectAttributes redirect) {
	// @formatter:on
		manageable(id);
		this.tenants.remove(id);
		logger.info("Tenant '{}' removed by {}; its history stays", id, person(authentication));
		redirect.addFlashAttribute("removed", id);
		return "redirect:/tenants";
	}

	// An uploaded key is shown in the text field when the form comes back, so that the
	// user need not upload it again; the form object cannot be replaced without losing
	// its errors.
	private static Keys keys(String writeKey, String readKey, BindingResult result, Model model) {
		model.addAttribute("writeKeyText", writeKey);
		model.addAttribute("readKeyText", readKey);
		ServiceKey write = ServiceKeyInput.parse(writeKey, "writeKey", true, result);
		ServiceKey read = ServiceKeyInput.parse(readKey, "readKey", false, result);
		return new Keys(write, read);
	}

	private String showForm(Model model) {
		TeamScope.Teams teams = this.scope.operableTeams();
		model.addAttribute("anyTeam", teams.all());
		model.addAttribute("teams", List.copyOf(teams.names()));
		return FORM_VIEW;
	}

	private void testConnection(Keys keys, BindingResult result, Model model) {
		if (keys.write() == null || result.hasFieldErrors("readKey")) {
			return;
		}
		model.addAttribute("writeTest", this.connection.test(keys.write()));
		if (keys.read() != null) {
			model.addAttribute("readTest", this.connection.test(keys.read()));
		}
	}

	// Another team's tenant, or one from configuration, answers as if it did not exist.
	private StoredTenant manageable(String id) {
		return this.tenants.stored()
			.stream()
			.filter((tenant) -> tenant.id().equals(id))
			.filter(this::mayManage)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private boolean mayRead(Tenant tenant) {
		return this.scope.mayRead(tenant.team());
	}

	private boolean mayManage(StoredTenant tenant) {
		return this.scope.mayOperate(tenant.team());
	}

	private void checkId(String id, BindingResult result) {
		if (!TenantDirectory.isUrlSafeId(id)) {
			result.rejectValue("id", "tenants.id.invalid");
		}
		else if (this.tenants.isTaken(id)) {
			result.rejectValue("id", "tenants.id.taken");
		}
	}

	private void checkTeam(String team, BindingResult result) {
		TeamScope.Teams teams = this.scope.operableTeams();
		boolean given = StringUtils.hasText(team);
		if (!teams.all() && (!given || !teams.names().contains(team.trim()))) {
			result.rejectValue("team", "tenants.team.notYours");
		}
		else if (given && !team.trim().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
			result.rejectValue("team", "tenants.team.invalid");
		}
	}

	private static String accountId(String given, ServiceKey write, BindingResult result) {
		if (StringUtils.hasText(given)) {
			return given.trim().toLowerCase(Locale.ROOT);
		}
		if (write == null) {
			return null;
		}
		try {
			return AccountIds.fromTokenUrl(write.tokenUrl());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("accountId", "tenants.accountId.required");
			return null;
		}
	}

	private static String person(Authentication authentication) {
		return SignedInPerson.of(authentication).username();
	}

	/**
	 * The keys of a form, each {@code null} when absent or invalid.
	 *
	 * @param write the write key
	 * @param read the read key
	 */
	private record Keys(ServiceKey write, ServiceKey read) {

	}

}
