package com.vhostportal.vhost;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;

import com.vhostportal.apim.ApimFailureKind;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.support.ScriptedApim;
import com.vhostportal.support.TestUsers;
import com.vhostportal.support.ScriptedApim.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the user sees and the history keeps when API Management fails a write, on a real
 * HTTP server with injected faults: the form again with the entries kept and the next
 * step when nothing changed, the result page with "check now" when the answer was lost.
 */
@SpringBootTest(properties = "portal.apim.response-timeout=500ms")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FailurePagesTests {

	private static final ScriptedApim apim = ScriptedApim.start(Duration.ofSeconds(2));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HistoryRepository history;

	@DynamicPropertySource
	static void tenants(DynamicPropertyRegistry registry) throws IOException {
		apim.registerTenant(registry, 0, "scripted");
		String closed = "http://127.0.0.1:" + closedPort();
		registry.add("portal.tenants[1].id", () -> "offline");
		registry.add("portal.tenants[1].account-id", () -> "offline");
		registry.add("portal.tenants[1].team", () -> "platform");
		registry.add("portal.tenants[1].write-key.url", () -> closed);
		registry.add("portal.tenants[1].write-key.token-url", () -> apim.url() + "/oauth/token");
		registry.add("portal.tenants[1].write-key.client-id", () -> "client");
		registry.add("portal.tenants[1].write-key.client-secret", () -> "secret");
		String[] keys = { "write-key", "read-key" };
		registry.add("portal.tenants[2].id", () -> "offline-reader");
		registry.add("portal.tenants[2].account-id", () -> "offline");
		registry.add("portal.tenants[2].team", () -> "platform");
		for (String key : keys) {
			String prefix = "portal.tenants[2]." + key + ".";
			registry.add(prefix + "url", () -> closed);
			registry.add(prefix + "token-url", () -> apim.url() + "/oauth/token");
			registry.add(prefix + "client-id", () -> "client");
			registry.add(prefix + "client-secret", () -> "secret");
		}
	}

	@AfterEach
	void tokenEndpointWorks() {
		apim.tokenEndpointFails(false);
	}

	@AfterAll
	static void stop() {
		apim.close();
	}

	static Stream<Arguments> refusals() {
		String administrator = "APIManagement.SelfService.Administrator";
		return Stream.<Arguments>builder()
			.add(arguments(Fault.SERVER_ERROR, ApimFailureKind.SERVER_ERROR, "server error"))
			.add(arguments(Fault.RATE_LIMITED, ApimFailureKind.RATE_LIMITED, "limiting the rate"))
			.add(arguments(Fault.FORBIDDEN, ApimFailureKind.FORBIDDEN, administrator))
			.add(arguments(Fault.HTML, ApimFailureKind.UNREADABLE_ANSWER, "an HTML page"))
			.add(arguments(Fault.EMPTY, ApimFailureKind.UNREADABLE_ANSWER, "an empty body"))
			.build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	// @formatter:off
	void sendWhenWriteRefusedThenFormAgainWithEntriesNextStepAndFailedRecord(
			Fault fault,
			ApimFailureKind kind,
			String expected) throws Exception {
	// @formatter:on
		String alias = "refused-" + fault.name().toLowerCase().replace('_', '-');
		apim.failNextWrite(fault);

		MvcResult page = send("scripted", alias);

		assertFormShownAgain(page, alias, expected, kind);
	}

	@Test
	void sendWhenTokenEndpointFailsThenFormSaysTheTokenEndpointNotTheApiFailed() throws Exception {
		apim.tokenEndpointFails(true);
		int writes = apim.writes();

		MvcResult page = send("scripted", "token-fails");

		assertFormShownAgain(page, "token-fails", "No token could be had from the token endpoint",
				ApimFailureKind.TOKEN_ENDPOINT);
		assertThat(apim.writes()).isEqualTo(writes);
	}

	@Test
	void sendWhenConnectionRefusedThenFormSaysNothingWasSent() throws Exception {
		String alias = "refused-connection";

		MvcResult page = send("offline", alias);

		String expected = "refused the connection, so nothing was sent";
		assertFormShownAgain(page, alias, expected, ApimFailureKind.CONNECTION_REFUSED);
	}

	@Test
	void sendWhenAnswerLostThenUnconfirmedAndCheckNowSettlesItAsSucceeded() throws Exception {
		apim.failNextWrite(Fault.LOST_ANSWER);

		long id = sentRecord(send("scripted", "lost-answer"));

		HistoryRecord unconfirmed = this.history.find(id).orElseThrow();
		assertThat(unconfirmed.status()).isEqualTo(HistoryStatus.UNCONFIRMED);
		this.mvc.perform(get("/virtual-hosts/results/" + id).with(operator()))
			.andExpect(content().string(containsString("id=\"check-now\"")))
			.andExpect(content().string(containsString("may have taken effect")));

		String check = "/virtual-hosts/results/" + id + "/check";
		this.mvc.perform(post(check).param("back", "history").with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.reconciledAt()).isNotNull();
		assertThat(record.reconciliationNote()).contains("Host lost-answer exists");
		this.mvc.perform(get("/history/" + id).with(operator()))
			.andExpect(content().string(containsString("Settled by reading the virtual hosts")));
	}

	@Test
	void sendWhenConnectionResetAfterSendingThenUnconfirmedNotFailed() throws Exception {
		apim.failNextWrite(Fault.RESET);

		long id = sentRecord(send("scripted", "reset-answer"));

		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.UNCONFIRMED);
		assertThat(record.failureKind()).isEqualTo(ApimFailureKind.CONNECTION_CLOSED.name());
		assertThat(apim.duplicates()).isEmpty();
	}

	@Test
	void historyWhenAuditorThenNoCheckNowButton() throws Exception {
		apim.failNextWrite(Fault.RESET);
		long id = sentRecord(send("scripted", "auditor-view"));

		RequestPostProcessor auditor = TestUsers.auditorOfAllTeams();
		this.mvc.perform(get("/history/" + id).with(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"check-now\""))));
		String check = "/virtual-hosts/results/" + id + "/check";
		this.mvc.perform(post(check).with(auditor).with(csrf())).andExpect(status().isForbidden());
	}

	// @formatter:off
	private void assertFormShownAgain(
			MvcResult page,
			String alias,
			String expected,
			ApimFailureKind kind) throws Exception {
	// @formatter:on
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("id=\"vhost-form\"").contains("value=\"" + alias + "\"");
		assertThat(html).contains(expected);
		Long recordId = (Long) page.getModelAndView().getModel().get("failedRecordId");
		assertThat(html).contains("href=\"/history/" + recordId + "\"");
		HistoryRecord record = this.history.find(recordId).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.FAILED);
		assertThat(record.failureKind()).isEqualTo(kind.name());
		assertThat(record.errorMessage()).isNotBlank();
		this.mvc.perform(get("/history/" + recordId).with(operator()))
			.andExpect(content().string(containsString(expected)));
	}

	@Test
	void newFormWhenReadsKeepFailingThenPickersSayReadsPausedAndAreTextFields() throws Exception {
		String page = "";
		for (int attempt = 0; attempt < 12 && !page.contains("are paused"); attempt++) {
			page = newForm("offline-reader");
		}

		assertThat(page).contains("Reads of this tenant are paused")
			.contains("id=\"keyStore\" name=\"keyStore\"")
			.doesNotContain("<select id=\"keyStore\"");
	}

	private MvcResult send(String tenantId, String alias) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String review = this.mvc
			.perform(post("/virtual-hosts/new").session(session)
				.with(operator())
				.with(csrf())
				.param("tenantId", tenantId)
				.param("domainType", "DEFAULT")
				.param("virtualHostUrl", alias))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		MockHttpServletRequestBuilder confirm = post(review).session(session).with(operator());
		return this.mvc.perform(confirm.with(csrf())).andReturn();
	}

	private String newForm(String tenant) throws Exception {
		return this.mvc.perform(get("/virtual-hosts/new").param("tenant", tenant).with(operator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long sentRecord(MvcResult sent) {
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/virtual-hosts/results/");
		return Long.parseLong(location.replaceAll(".*/", ""));
	}

	private static RequestPostProcessor operator() {
		return TestUsers.platformOperator();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
