package com.vhostportal.reconciliation;

import com.vhostportal.history.HistoryRepository;
import com.vhostportal.security.TeamScope;

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

	private final HistoryRepository history;

	private final TeamScope scope;

	CheckNowController(Reconciler reconciler, HistoryRepository history, TeamScope scope) {
		this.reconciler = reconciler;
		this.history = history;
		this.scope = scope;
	}

	@PostMapping("/virtual-hosts/results/{id}/check")
	// @formatter:off
	String checkNow(
			@PathVariable long id,
			@Valid @ModelAttribute("form") CheckNowForm form,
			BindingResult result,
			RedirectAttributes redirect) {
	// @formatter:on
		// Another team's record answers as if it did not exist.
		this.history.find(id)
			.filter((record) -> this.scope.mayOperate(record.team()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Verdict verdict = this.reconciler.checkNow(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));

		redirect.addFlashAttribute("checkSettled", verdict.decided());
		redirect.addFlashAttribute("checkNote", verdict.note());
		boolean history = !result.hasErrors() && "history".equals(form.back());
		return history ? "redirect:/history/" + id : "redirect:/virtual-hosts/results/" + id;
	}

}
