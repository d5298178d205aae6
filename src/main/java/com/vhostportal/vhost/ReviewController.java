package com.vhostportal.vhost;

import java.util.Optional;

import com.vhostportal.apim.VirtualHost;
import com.vhostportal.certificate.CertificatePolicies;
import com.vhostportal.certificate.CertificatePolicy;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.history.SubmissionOutcome;
import com.vhostportal.security.SignedInPerson;
import com.vhostportal.tenant.Tenant;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The review step: shows exactly what will be sent, sends it once on confirmation, and
 * shows a refusal that concerns a field next to that field on the form.
 */
@Controller
@RequestMapping("/virtual-hosts/review/{token}")
class ReviewController {

	private static final String VIEW = "virtual-hosts/review";

	private final PreparedSubmissions prepared;

	private final TenantLookup lookup;

	private final SubmissionService submissions;

	private final VirtualHostFormController forms;

	private final CertificatePolicies policies;

	private final JsonMapper json;

	// @formatter:off
	ReviewController(
			PreparedSubmissions prepared,
			TenantLookup lookup,
			SubmissionService submissions,
			VirtualHostFormController forms,
			CertificatePolicies policies,
			JsonMapper json) {
	// @formatter:on
		this.prepared = prepared;
		this.lookup = lookup;
		this.submissions = submissions;
		this.forms = forms;
		this.policies = policies;
		this.json = json;
	}

	@GetMapping
	String review(@PathVariable String token, HttpSession session, Model model) {
		Optional<Long> sent = this.prepared.sentAs(token);
		if (sent.isPresent() && sent.get() != PreparedSubmissions.SENDING) {
			return resultRedirect(sent.get());
		}
		PreparedSubmission submission = find(session, token);
		return show(submission, model);
	}

	@GetMapping("/edit")
	String edit(@PathVariable String token, HttpSession session, Model model) {
		PreparedSubmission submission = find(session, token);
		if (submission.form() == null) {
			String host = submission.tenantId() + "/" + submission.virtualHostId();
			return "redirect:/virtual-hosts/" + host + "/delete";
		}
		model.addAttribute("form", submission.form());
		return this.forms.showForm(submission.form(), currentHost(submission), model);
	}

	@PostMapping
	// @formatter:off
	String send(
			@PathVariable String token,
			HttpSession session,
			Authentication authentication,
			Model model) {
	// @formatter:on
		Optional<PreparedSubmission> taken = this.prepared.take(session, token);
		if (taken.isEmpty()) {
			return alreadySent(token, model);
		}
		PreparedSubmission submission = taken.get();
		Tenant tenant = this.lookup.tenant(submission.tenantId());
		SignedInPerson person = SignedInPerson.of(authentication);
		SubmissionResult result;
		try {
			result = this.submissions.submit(tenant, submission, person);
		}
		catch (SubmissionNotRecordedException ex) {
			this.prepared.giveBack(session, submission);
			model.addAttribute("notRecorded", true);
			return show(submission, model);
		}
		this.prepared.recordSent(token, result.historyId());

		return afterSending(submission, result, model);
	}

	// A refusal about a field is shown next to it; any other failure that proves nothing
	// changed shows the form again with the entries kept, what happened and what to do.
	// Anything that may have taken effect goes to the result page, which offers a check.
	private String afterSending(PreparedSubmission request, SubmissionResult result, Model model) {
		SubmissionOutcome outcome = result.outcome();
		if (outcome.status() != HistoryStatus.FAILED || request.form() == null) {
			return resultRedirect(result.historyId());
		}
		BindingResult errors = new BeanPropertyBindingResult(request.form(), "form");
		String message = outcome.errorMessage();
		Object[] arguments = { outcome.errorCode(), message };
		Optional<String> field = UpstreamFieldErrors.fieldFor(outcome.errorCode());
		if (field.isPresent()) {
			errors.rejectValue(field.get(), "vhost.upstream.rejected", arguments, message);
			model.addAttribute("refusedRecordId", result.historyId());
		}
		else {
			errors.reject("failure." + outcome.failureKind(), new Object[] { message }, message);
			model.addAttribute("failedRecordId", result.historyId());
		}
		model.addAttribute("form", request.form());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return this.forms.showForm(request.form(), hostBefore(request), model);
	}

	private String alreadySent(String token, Model model) {
		Optional<Long> sent = this.prepared.sentAs(token);
		if (sent.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (sent.get() == PreparedSubmissions.SENDING) {
			model.addAttribute("stillSending", true);
			return "virtual-hosts/sending";
		}
		return resultRedirect(sent.get());
	}

	private String show(PreparedSubmission submission, Model model) {
		Tenant tenant = this.lookup.tenant(submission.tenantId());
		CertificatePolicy policy = this.policies.policyFor(tenant.team());
		model.addAttribute("submission", submission);
		model.addAttribute("certificatePolicy", policy);
		model.addAttribute("blocked", submission.certificates().blocks(policy));
		model.addAttribute("tenant", tenant);
		return VIEW;
	}

	private VirtualHost currentHost(PreparedSubmission submission) {
		if (submission.virtualHostId() == null) {
			return null;
		}
		Tenant tenant = this.lookup.tenant(submission.tenantId());
		return this.lookup.virtualHost(tenant, submission.virtualHostId());
	}

	// The host as read before the review: when API Management is failing, reading it
	// again would replace the form, and the user's entries, with an error page.
	private VirtualHost hostBefore(PreparedSubmission submission) {
		if (submission.beforeState() == null) {
			return null;
		}
		return this.json.readValue(submission.beforeState(), VirtualHost.class);
	}

	private PreparedSubmission find(HttpSession session, String token) {
		Optional<PreparedSubmission> found = this.prepared.find(session, token);
		return found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String resultRedirect(long historyId) {
		return "redirect:/virtual-hosts/results/" + historyId;
	}

}
