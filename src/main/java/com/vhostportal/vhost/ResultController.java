package com.vhostportal.vhost;

import java.util.Map;
import java.util.Optional;

import com.vhostportal.apim.Operation;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.security.TeamScope;
import com.vhostportal.tenant.Tenant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outcome of a submission, read back from its history record.
 */
@Controller
class ResultController {

	private final HistoryRepository history;

	private final TenantLookup tenants;

	private final TeamScope scope;

	private final AnswerFields answerFields;

	private final ProxyUsages proxyUsages;

	// @formatter:off
	ResultController(
			HistoryRepository history,
			TenantLookup tenants,
			TeamScope scope,
			AnswerFields answerFields,
			ProxyUsages proxyUsages) {
	// @formatter:on
		this.history = history;
		this.tenants = tenants;
		this.scope = scope;
		this.answerFields = answerFields;
		this.proxyUsages = proxyUsages;
	}

	@GetMapping("/virtual-hosts/results/{id}")
	String result(@PathVariable long id, Model model) {
		HistoryRecord record = this.history.find(id)
			.filter((found) -> this.scope.mayRead(found.team()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> fields = this.answerFields.of(record.responseBody());
		model.addAttribute("record", record);
		model.addAttribute("canCheck", this.scope.mayOperate(record.team()));
		model.addAttribute("fields", fields);
		model.addAttribute("lbHost", fields.get("lbHost"));
		boolean customDomain = this.answerFields.isCustomDomainRequest(record.requestBody());
		model.addAttribute("customDomain", customDomain);
		model.addAttribute("responsePretty", this.answerFields.pretty(record.responseBody()));
		if (record.operation() == Operation.UPDATE && record.status() == HistoryStatus.SUCCEEDED) {
			Optional<Tenant> tenant = this.tenants.find(record.tenantId());
			if (tenant.isPresent()) {
				String hostId = record.virtualHostId();
				model.addAttribute("usage", this.proxyUsages.of(tenant.get(), hostId));
			}
		}
		return "virtual-hosts/result";
	}

}
