package com.vhostportal.reconciliation;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "check now" button of the result and history pages: reads the tenant's virtual
 * hosts at once to settle an open record, then shows the page again with what was found.
 * Under {@code /virtual-hosts} so only operators may press it.
 */
@Controller
class CheckNowController {

	private final Reconciler reconciler;

	CheckNowController(Reconciler reconciler) {
		this.reconciler = reconciler;
	}

	@PostMapping("/virtual-hosts/results/{id}/check")
	String checkNow(@PathVariable long id, @Valid @ModelAttribute("form") CheckNowForm form, BindingResult result,
			RedirectAttributes redirect) {
		Verdict verdict = this.reconciler.checkNow(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));

		redirect.addFlashAttribute("checkSettled", verdict.decided());
		redirect.addFlashAttribute("checkNote", verdict.note());
		boolean history = !result.hasErrors() && "history".equals(form.back());
		return history ? "redirect:/history/" + id : "redirect:/virtual-hosts/results/" + id;
	}

}
