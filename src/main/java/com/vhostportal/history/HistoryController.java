package com.vhostportal.history;

import java.util.List;

import com.vhostportal.security.TeamScope;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The history of submissions, newest first, and each record in full.
 */
@Controller
@RequestMapping("/history")
class HistoryController {

	private static final int PAGE_SIZE = 25;

	private final HistoryRepository history;

	private final TeamScope scope;

	HistoryController(HistoryRepository history, TeamScope scope) {
		this.history = history;
		this.scope = scope;
	}

	@GetMapping
	String list(@RequestParam(name = "before", required = false) Long before, Model model) {
		TeamScope.Teams teams = this.scope.readableTeams();
		List<HistoryRecord> page = this.history.page(before, PAGE_SIZE + 1, teams.all() ? null : teams.names());
		boolean more = page.size() > PAGE_SIZE;
		List<HistoryRecord> records = more ? page.subList(0, PAGE_SIZE) : page;
		model.addAttribute("records", records);
		model.addAttribute("nextBefore", more ? records.get(records.size() - 1).id() : null);
		model.addAttribute("firstPage", before == null);
		return "history/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		HistoryRecord record = this.history.find(id)
			.filter((found) -> this.scope.mayRead(found.team()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("record", record);
		// Only the tenant's operators may press "check now", which reads its virtual
		// hosts.
		model.addAttribute("canCheck", this.scope.mayOperate(record.team()));
		return "history/detail";
	}

}
