package com.vhostportal.web;

import java.util.ArrayList;
import java.util.List;

import com.vhostportal.security.PortalRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each person to where their work starts: operators to the virtual hosts, auditors
 * to the history.
 */
@Controller
class HomeController {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	HomeController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		boolean operator = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(PortalRole.OPERATOR.authority()::equals);
		return operator ? "redirect:/virtual-hosts" : "redirect:/history";
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("providers", providers());
		return "login";
	}

	// Boot's registration repository is iterable; any other is offered no links and the
	// identity provider is reached through /oauth2/authorization/<id> directly.
	private List<ClientRegistration> providers() {
		List<ClientRegistration> providers = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> all) {
			all.forEach((registration) -> providers.add((ClientRegistration) registration));
		}
		return providers;
	}

}
