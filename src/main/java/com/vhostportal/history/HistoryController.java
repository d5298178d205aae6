package com.vhostportal.history;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vhostportal.apim.Operation;
import com.vhostportal.apim.RequestedSettings;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.security.TeamScope;
import com.vhostportal.web.ViewerTimes;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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

	private static final Logger logger = LoggerFactory.getLogger(HistoryController.class);

	private static final int PAGE_SIZE = 25;

	private final HistoryRepository history;

	private final HistoryExport export;

	private final TeamScope scope;

	private final ViewerTimes times;

	private final JsonMapper json;

	// @formatter:off
	HistoryController(HistoryRepository history, HistoryExport export, TeamScope scope,
			ViewerTimes times, JsonMapper json) {
	// @formatter:on
		this.history = history;
		this.export = export;
		this.scope = scope;
		this.times = times;
		this.json = json;
	}

	@GetMapping
	String list(@ModelAttribute("search") HistorySearch search, BindingResult binding,
			@RequestParam(name = "before", required = false) Long before,
			@RequestParam MultiValueMap<String, String> entries, Model model) {
		model.addAttribute("operations", Operation.values());
		model.addAttribute("outcomes", HistoryStatus.values());
		model.addAttribute("entries", entries.toSingleValueMap());
		if (binding.hasErrors()) {
			// Every record instead of the search asked for would mislead: show none, and
			// the user's entries with what is wrong next to each.
			model.addAttribute("errors", fieldErrors(binding));
			model.addAttribute("records", List.of());
			return "history/list";
		}

		// The viewer's zone is written into the links, so that a shared search means the
		// same days to whoever opens it.
		HistorySearch filters = inViewersZone(search);
		Collection<String> teams = readableTeams();
		List<HistoryRecord> page = this.history.search(filters, before, PAGE_SIZE + 1, teams);
		boolean more = page.size() > PAGE_SIZE;
		List<HistoryRecord> records = more ? page.subList(0, PAGE_SIZE) : page;
		Long oldest = records.isEmpty() ? null : records.get(records.size() - 1).id();

		model.addAttribute("errors", Map.of());
		model.addAttribute("zone", filters.effectiveZone().getId());
		model.addAttribute("records", records);
		model.addAttribute("firstPage", before == null);
		model.addAttribute("firstLink", link("/history", filters, null));
		model.addAttribute("nextLink", more ? link("/history", filters, oldest) : null);
		model.addAttribute("csvLink", link("/history/export.csv", filters, null));
		model.addAttribute("jsonLinesLink", link("/history/export.jsonl", filters, null));
		return "history/list";
	}

	@GetMapping("/export.csv")
	// @formatter:off
	void exportCsv(@ModelAttribute("search") HistorySearch search, BindingResult binding,
			HttpServletResponse response) throws IOException {
	// @formatter:on
		start(response, binding, "text/csv;charset=UTF-8", "audit-history.csv");
		this.export.writeCsv(inViewersZone(search), readableTeams(), response.getOutputStream());
	}

	@GetMapping("/export.jsonl")
	void exportJsonLines(@ModelAttribute("search") HistorySearch search, BindingResult binding,
			HttpServletResponse response) throws IOException {
		start(response, binding, "application/jsonl;charset=UTF-8", "audit-history.jsonl");
		OutputStream out = response.getOutputStream();
		this.export.writeJsonLines(inViewersZone(search), readableTeams(), out);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		HistoryRecord record = this.history.find(id)
			.filter((found) -> this.scope.mayRead(found.team()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("record", record);
		model.addAttribute("changes", changes(record));
		model.addAttribute("requestJson", PrettyJson.of(record.requestBody()));
		model.addAttribute("responseJson", PrettyJson.of(record.responseBody()));
		model.addAttribute("beforeJson", PrettyJson.of(record.beforeState()));
		model.addAttribute("findingsJson", PrettyJson.of(record.certificateFindings()));
		model.addAttribute("zone", this.times.zone().getId());
		// Only the tenant's operators may press "check now", which reads its virtual
		// hosts.
		model.addAttribute("canCheck", this.scope.mayOperate(record.team()));
		return "history/detail";
	}

	private List<UpdateComparison.Row> changes(HistoryRecord record) {
		if (record.operation() != Operation.UPDATE || record.beforeState() == null) {
			return List.of();
		}
		try {
			VirtualHost before = this.json.readValue(record.beforeState(), VirtualHost.class);
			return UpdateComparison.of(before, RequestedSettings.read(record.requestBody()));
		}
		catch (JacksonException ex) {
			// A record written in another shape (by an older version, say) is still shown
			// in full; only the side-by-side view is left out.
			String why = ex.getOriginalMessage();
			logger.debug("History record {}: before state not comparable: {}", record.id(), why);
			return List.of();
		}
	}

	// A search without a zone reads its dates in the viewer's, on the page and in
	// exports.
	private HistorySearch inViewersZone(HistorySearch search) {
		return search.withZoneOr(this.times.zone());
	}

	private static Map<String, String> fieldErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), "history.search.invalid." + error.getField());
		}
		return errors;
	}

	private Collection<String> readableTeams() {
		TeamScope.Teams teams = this.scope.readableTeams();
		return teams.all() ? null : teams.names();
	}

	// @formatter:off
	private static void start(HttpServletResponse response, BindingResult binding, String type,
			String file) {
	// @formatter:on
		if (binding.hasErrors()) {
			// An export of everything instead of the search asked for would mislead.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		response.setContentType(type);
		String disposition = "attachment; filename=\"" + file + "\"";
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
	}

	private static String link(String path, HistorySearch search, Long before) {
		MultiValueMap<String, String> parameters = search.parameters();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParams(parameters);
		if (before != null) {
			link.queryParam("before", before);
		}
		return link.encode().build().toUriString();
	}

}
