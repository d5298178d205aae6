package com.vhostportal.history;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import com.vhostportal.apim.Operation;
import com.vhostportal.security.TeamScope;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The history of submissions, searched, newest first, exported, and each record in full.
 * Every query is limited to the teams the viewer may read.
 */
@Controller
@RequestMapping("/history")
class HistoryController {

	private static final int PAGE_SIZE = 25;

	private final HistoryRepository history;

	private final HistoryExport export;

	private final TeamScope scope;

	HistoryController(HistoryRepository history, HistoryExport export, TeamScope scope) {
		this.history = history;
		this.export = export;
		this.scope = scope;
	}

	@GetMapping
	String list(@ModelAttribute("search") HistorySearch search, BindingResult binding,
			@RequestParam(name = "before", required = false) Long before, Model model) {
		HistorySearch filters = binding.hasErrors() ? HistorySearch.ALL : search;

		List<HistoryRecord> page = this.history.search(filters, before, PAGE_SIZE + 1, readableTeams());
		boolean more = page.size() > PAGE_SIZE;
		List<HistoryRecord> records = more ? page.subList(0, PAGE_SIZE) : page;

		model.addAttribute("search", filters);
		model.addAttribute("invalidSearch", binding.hasErrors());
		model.addAttribute("records", records);
		model.addAttribute("firstPage", before == null);
		model.addAttribute("firstLink", link("/history", filters, null));
		model.addAttribute("nextLink", more ? link("/history", filters, records.get(records.size() - 1).id()) : null);
		model.addAttribute("csvLink", link("/history/export.csv", filters, null));
		model.addAttribute("jsonLinesLink", link("/history/export.jsonl", filters, null));
		model.addAttribute("operations", Operation.values());
		model.addAttribute("outcomes", HistoryStatus.values());
		return "history/list";
	}

	@GetMapping("/export.csv")
	void exportCsv(@ModelAttribute("search") HistorySearch search, BindingResult binding, HttpServletResponse response)
			throws IOException {
		start(response, binding, "text/csv;charset=UTF-8", "audit-history.csv");
		this.export.writeCsv(search, readableTeams(), response.getOutputStream());
	}

	@GetMapping("/export.jsonl")
	void exportJsonLines(@ModelAttribute("search") HistorySearch search, BindingResult binding,
			HttpServletResponse response) throws IOException {
		start(response, binding, "application/jsonl;charset=UTF-8", "audit-history.jsonl");
		this.export.writeJsonLines(search, readableTeams(), response.getOutputStream());
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

	private Collection<String> readableTeams() {
		TeamScope.Teams teams = this.scope.readableTeams();
		return teams.all() ? null : teams.names();
	}

	private static void start(HttpServletResponse response, BindingResult binding, String type, String file) {
		if (binding.hasErrors()) {
			// An export of everything instead of the search asked for would mislead.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
	}

	private static String link(String path, HistorySearch search, Long before) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParams(search.parameters());
		if (before != null) {
			link.queryParam("before", before);
		}
		return link.encode().build().toUriString();
	}

}
