package com.vhostportal.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Verifies the audit chain on request and shows whether it is intact, or where it breaks
 * and why.
 */
@Controller
class AuditController {

	private final AuditVerifier verifier;

	AuditController(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@GetMapping("/history/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.verifier.verify());
		return "history/verify";
	}

}
