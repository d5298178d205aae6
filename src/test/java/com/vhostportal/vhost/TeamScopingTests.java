package com.vhostportal.vhost;

import java.util.List;

import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.Operation;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.apim.VirtualHostRequestClient;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.NewSubmission;
import com.vhostportal.history.Submitter;
import com.vhostportal.security.PortalRole;
import com.vhostportal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two teams share the portal: each sees and acts only on its own tenants and history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "two-teams" })
class TeamScopingTests {

	// @formatter:off
	private static final VirtualHost EXISTING = new VirtualHost("vh-1", "orders",
			"orders.example.test", 443, false, true, false, false, null, null, null, null);
	// @formatter:on

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HistoryRepository history;

	@MockitoBean
	private ManagementClient management;

	@MockitoSpyBean
	private VirtualHostRequestClient client;

	private long platformRecord;

	private long paymentsRecord;

	@BeforeEach
	void recordOneSubmissionPerTeam() {
		given(this.management.virtualHosts(any())).willReturn(List.of(EXISTING));
		this.platformRecord = record("sandbox", "platform", "platform-host");
		this.paymentsRecord = record("payments", "payments", "payments-host");
	}

	@Test
	void listWhenOperatorOfOneTeamThenOnlyItsTenantsOffered() throws Exception {
		this.mvc.perform(get("/virtual-hosts").with(paymentsOperator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Payments tenant")))
			.andExpect(content().string(not(containsString("Sandbox (platform)"))));
	}

	@Test
	void listWhenOtherTeamsTenantByUrlThenNotFoundAndNothingRead() throws Exception {
		this.mvc.perform(get("/virtual-hosts").param("tenant", "sandbox").with(paymentsOperator()))
			.andExpect(status().isNotFound());

		verify(this.management, never()).virtualHosts(any());
	}

	@Test
	void editFormWhenOtherTeamsTenantThenNotFoundAndNothingRead() throws Exception {
		this.mvc.perform(get("/virtual-hosts/sandbox/vh-1/edit").with(paymentsOperator()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/virtual-hosts/sandbox/vh-1/delete").with(paymentsOperator()))
			.andExpect(status().isNotFound());

		verify(this.management, never()).virtualHosts(any());
	}

	@Test
	void deleteWhenOtherTeamsTenantPostedThenNotFoundAndNothingSent() throws Exception {
		this.mvc
			.perform(post("/virtual-hosts/sandbox/vh-1/delete").with(paymentsOperator())
				.with(csrf())
				.param("confirmation", "orders"))
			.andExpect(status().isNotFound());

		verify(this.client, never()).send(any(), anyString(), anyString());
	}

	@Test
	void createWhenOtherTeamsTenantPostedThenRefusedAsUnknownAndNothingSent() throws Exception {
		this.mvc
			.perform(post("/virtual-hosts/new").with(paymentsOperator())
				.with(csrf())
				.param("tenantId", "sandbox")
				.param("domainType", "DEFAULT")
				.param("virtualHostUrl", "prod-apis"))
			.andExpect(status().isOk())
			.andExpect(fieldError("tenantId", "vhost.tenant.unknown"));

		verify(this.client, never()).send(any(), anyString(), anyString());
	}

	@Test
	void historyWhenAuditorOfOneTeamThenOnlyItsRecords() throws Exception {
		RequestPostProcessor auditor = TestUsers.person("paula", PortalRole.AUDITOR, "payments");

		this.mvc.perform(get("/history").with(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("payments-host")))
			.andExpect(content().string(not(containsString("platform-host"))));
		recordPage(this.paymentsRecord, auditor).andExpect(status().isOk());
		recordPage(this.platformRecord, auditor).andExpect(status().isNotFound());
	}

	@Test
	void exportWhenAuditorOfOneTeamThenOnlyItsRecordsWithHeader() throws Exception {
		RequestPostProcessor auditor = TestUsers.person("paula", PortalRole.AUDITOR, "payments");

		this.mvc.perform(get("/history/export.csv").with(auditor))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("history.csv")))
			.andExpect(content().string(startsWith("id,created_at,completed_at,username,")))
			.andExpect(content().string(containsString("payments-host")))
			.andExpect(content().string(not(containsString("platform-host"))));
		this.mvc.perform(get("/history/export.jsonl").param("host", "PAYMENTS").with(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"virtual_host\":\"payments-host\"")))
			.andExpect(content().string(not(containsString("platform-host"))));
	}

	@Test
	void historyWhenFilteredThenOnlyMatchesAndLinksKeepTheFilters() throws Exception {
		String exportLink = "/history/export.csv?outcome=PENDING&amp;host=payments";
		this.mvc
			.perform(get("/history").param("host", "payments")
				.param("outcome", "PENDING")
				.with(TestUsers.auditorOfAllTeams()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("payments-host")))
			.andExpect(content().string(not(containsString("platform-host"))))
			.andExpect(content().string(containsString(exportLink)))
			.andExpect(content().string(containsString("value=\"payments\"")));
	}

	@Test
	void historyWhenDateIsNotADateThenSaysSoAndListsNothing() throws Exception {
		RequestPostProcessor auditor = TestUsers.auditorOfAllTeams();

		this.mvc.perform(get("/history").param("from", "yesterday").with(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("could not be read")))
			.andExpect(content().string(not(containsString("platform-host"))));
		this.mvc.perform(get("/history/export.csv").param("from", "yesterday").with(auditor))
			.andExpect(status().isBadRequest());
	}

	@Test
	void verifyWhenAuditorThenResultShownAndOperatorsMayNot() throws Exception {
		this.mvc.perform(get("/history/verify").with(TestUsers.auditorOfAllTeams()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Intact")));
		RequestPostProcessor operator = paymentsOperator();
		this.mvc.perform(get("/history/verify").with(operator)).andExpect(status().isForbidden());
	}

	@Test
	void resultWhenOtherTeamsRecordThenNotFound() throws Exception {
		resultPage(this.platformRecord).andExpect(status().isNotFound());
		resultPage(this.paymentsRecord).andExpect(status().isOk());
	}

	@Test
	void historyWhenAuditorOfEveryTeamThenAllRecords() throws Exception {
		this.mvc.perform(get("/history").with(TestUsers.auditorOfAllTeams()))
			.andExpect(content().string(containsString("payments-host")))
			.andExpect(content().string(containsString("platform-host")));
	}

	@Test
	void listWhenPortalAdminThenEveryTenantOffered() throws Exception {
		RequestPostProcessor admin = TestUsers.person("root", PortalRole.PORTAL_ADMIN, "platform");

		recordPage(this.paymentsRecord, admin).andExpect(status().isOk());
		this.mvc.perform(get("/history").with(admin))
			.andExpect(content().string(containsString("payments-host")))
			.andExpect(content().string(containsString("platform-host")));
	}

	private long record(String tenant, String team, String host) {
		Submitter someone = new Submitter("sub-1", "Some One", null);
		// @formatter:off
		NewSubmission submission = new NewSubmission("someone", tenant, tenant, Operation.CREATE,
				host, null, "http://localhost/x", "{}", null, "c-" + host, someone, team);
		// @formatter:on
		return this.history.recordPending(submission);
	}

	private ResultActions recordPage(long id, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get("/history/" + id).with(user));
	}

	private ResultActions resultPage(long id) throws Exception {
		return this.mvc.perform(get("/virtual-hosts/results/" + id).with(paymentsOperator()));
	}

	private static ResultMatcher fieldError(String field, String code) {
		return model().attributeHasFieldErrorCode("form", field, code);
	}

	private static RequestPostProcessor paymentsOperator() {
		return TestUsers.person("pat", PortalRole.OPERATOR, "payments");
	}

}
