package com.vhostportal.web;

import com.vhostportal.security.PortalRole;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each person to where their work starts: operators to the virtual hosts, auditors
 * to the history.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		boolean operator = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> PortalRole.OPERATOR.authority().equals(authority.getAuthority()));
		return operator ? "redirect:/virtual-hosts" : "redirect:/history";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
