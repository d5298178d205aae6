package com.vhostportal.vhost;

import java.util.List;
import java.util.Map;

import com.vhostportal.apim.ApiProxy;
import com.vhostportal.apim.ApimErrorException;
import com.vhostportal.apim.CertificateStore;
import com.vhostportal.apim.CertificateStoreContents;
import com.vhostportal.apim.CertificateStoreReference;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.StoreCertificate;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.apim.VirtualHostAnswer;
import com.vhostportal.apim.VirtualHostRequestClient;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.vhostportal.apim.StoreKind.KEYSTORE;
import static com.vhostportal.apim.StoreKind.TRUSTSTORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VirtualHostControllerTests {

	private static final String CREATE_DEFAULT_JSON = """
			{"accountId":"sandbox","virtualHostUrl":"prod-apis",\
			"isDefaultVirtualHostRequest":false,"operation":"CREATE"}""";

	private static final String ESCAPED_ID = "{&quot;virtualHostId&quot;:&quot;vh-1&quot;";

	// @formatter:off
	private static final VirtualHost EXISTING = new VirtualHost("vh-1", "orders",
			"orders.example.test", 443, false, true, false, false, null, null, null, null);
	// @formatter:on

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ManagementClient management;

	@MockitoSpyBean
	private VirtualHostRequestClient client;

	@MockitoSpyBean
	private HistoryRepository history;

	@BeforeEach
	void tenantHasStores() {
		List<CertificateStoreContents> stores = storesWithCertificates();
		List<CertificateStoreReference> references = List.of(partnersCurrent());
		given(this.management.certificateStoresWithCertificates(any())).willReturn(stores);
		given(this.management.certificateStoreReferences(any())).willReturn(references);
		given(this.management.virtualHosts(any())).willReturn(List.of(EXISTING));
	}

	@Test
	void newFormWhenSignedOutThenRedirectsToLogin() throws Exception {
		this.mvc.perform(get("/virtual-hosts/new"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void newFormWhenAuditorThenForbidden() throws Exception {
		MockHttpServletRequestBuilder newForm = get("/virtual-hosts/new").with(auditor());
		this.mvc.perform(newForm).andExpect(status().isForbidden());
	}

	@Test
	void createWhenAuditorPostsThenForbiddenAndNothingSent() throws Exception {
		this.mvc
			.perform(post("/virtual-hosts/new").with(auditor())
				.with(csrf())
				.param("tenantId", "sandbox")
				.param("domainType", "DEFAULT")
				.param("virtualHostUrl", "prod-apis"))
			.andExpect(status().isForbidden());

		verify(this.client, never()).send(any(), anyString(), anyString());
	}

	@Test
	void createWhenPostedWithoutCsrfTokenThenForbidden() throws Exception {
		this.mvc.perform(post("/virtual-hosts/new").with(operator()).param("tenantId", "sandbox"))
			.andExpect(status().isForbidden());
	}

	@Test
	void newFormWhenTenantHasStoresThenPickersListThem() throws Exception {
		this.mvc.perform(get("/virtual-hosts/new").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"server-keys\"")))
			.andExpect(content().string(containsString("value=\"ref://partners-current\"")));
	}

	@Test
	void refreshWhenKeyStoreChosenThenKeyAliasesListed() throws Exception {
		this.mvc
			.perform(post("/virtual-hosts/new").with(operator())
				.with(csrf())
				.param("refresh", "true")
				.param("tenantId", "sandbox")
				.param("domainType", "CUSTOM")
				.param("virtualHostUrl", "apis.example.com")
				.param("keyStore", "server-keys"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"apis\"")))
			.andExpect(content().string(containsString("value=\"apis.example.com\"")));
	}

	@Test
	void createWhenAliasInvalidThenErrorNextToFieldAndEntriesKept() throws Exception {
		this.mvc
			.perform(post("/virtual-hosts/new").with(operator())
				.with(csrf())
				.param("tenantId", "sandbox")
				.param("domainType", "DEFAULT")
				.param("virtualHostUrl", "-bad-alias")
				.param("clientAuth", "true"))
			.andExpect(status().isOk())
			.andExpect(fieldError("virtualHostUrl", "vhost.alias.invalid"))
			.andExpect(fieldError("trustStore", "vhost.trustStore.required"))
			.andExpect(content().string(containsString("value=\"-bad-alias\"")))
			.andExpect(content().string(containsString("Use letters, digits and hyphens")));
	}

	@Test
	void createWhenReviewedAndSentThenExactBodySentAndRecorded() throws Exception {
		willReturnCreated();
		MockHttpSession session = new MockHttpSession();

		String review = reviewDefaultHost(session);
		this.mvc.perform(get(review).session(session).with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("prod-apis")));
		MvcResult sent = send(review, session).andExpect(status().is3xxRedirection()).andReturn();

		verify(this.client).send(any(), eq(CREATE_DEFAULT_JSON), anyString());
		long id = Long.parseLong(sent.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		HistoryRecord record = this.history.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.requestBody()).isEqualTo(CREATE_DEFAULT_JSON);
		assertThat(record.username()).isEqualTo("ada");
		assertThat(record.person().subject()).isEqualTo("demo:ada");
		assertThat(record.person().displayName()).isEqualTo("ada");
		assertThat(record.team()).isEqualTo("platform");
		assertThat(record.httpStatus()).isEqualTo(201);
		assertThat(record.durationMillis()).isNotNull();
	}

	@Test
	void sendWhenSameReviewPostedTwiceThenSentOnceAndSameResultShown() throws Exception {
		willReturnCreated();
		MockHttpSession session = new MockHttpSession();
		String review = reviewDefaultHost(session);

		String first = send(review, session).andReturn().getResponse().getRedirectedUrl();
		send(review, session).andExpect(redirectedUrl(first));

		verify(this.client, times(1)).send(any(), anyString(), anyString());
	}

	@Test
	void sendWhenUpstreamRefusesAliasThenFormShownWithErrorOnField() throws Exception {
		String code = "VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS";
		String message = "Alias is longer than 63 characters";
		willThrow(new ApimErrorException(400, code, message, "{}")).given(this.client)
			.send(any(), anyString(), anyString());
		MockHttpSession session = new MockHttpSession();
		String review = reviewDefaultHost(session);

		send(review, session).andExpect(status().isOk())
			.andExpect(fieldError("virtualHostUrl", "vhost.upstream.rejected"))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"prod-apis\"")));

		HistoryRecord record = this.history.page(null, 1).get(0);
		assertThat(record.status()).isEqualTo(HistoryStatus.FAILED);
		assertThat(record.errorCode()).isEqualTo(code);
	}

	@Test
	void sendWhenHistoryCannotRecordThenNothingSentAndUserTold() throws Exception {
		RuntimeException diskFull = new DataAccessResourceFailureException("disk full");
		willThrow(diskFull).given(this.history).recordPending(any());
		MockHttpSession session = new MockHttpSession();
		String review = reviewDefaultHost(session);

		send(review, session).andExpect(status().isOk())
			.andExpect(content().string(containsString("nothing was sent")));

		verify(this.client, never()).send(any(), anyString(), anyString());
	}

	@Test
	void updateFormWhenHostExistsThenShowsCurrentValuesAndReviewShowsChanges() throws Exception {
		this.mvc.perform(get("/virtual-hosts/sandbox/vh-1/edit").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"orders\"")));
		MockHttpSession session = new MockHttpSession();

		String review = this.mvc
			.perform(post("/virtual-hosts/sandbox/vh-1/edit").session(session)
				.with(operator())
				.with(csrf())
				.param("virtualHostUrl", "orders-v2")
				.param("domainType", "DEFAULT")
				.param("tenantId", "sandbox"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String update = "&quot;operation&quot;:&quot;UPDATE&quot;}";
		this.mvc.perform(get(review).session(session).with(operator()))
			.andExpect(content().string(containsString("orders-v2")))
			.andExpect(content().string(containsString(ESCAPED_ID)))
			.andExpect(content().string(containsString(update)));
	}

	@Test
	void updateFormWhenHostUnknownThenNotFound() throws Exception {
		this.mvc.perform(get("/virtual-hosts/sandbox/no-such-host/edit").with(operator()))
			.andExpect(status().isNotFound());
	}

	@Test
	void deleteWhenConfirmationDoesNotMatchThenErrorNextToField() throws Exception {
		given(this.management.apiProxies(any()))
			.willReturn(List.of(new ApiProxy("orders-v1", List.of("vh-1"), List.of("Orders"))));

		String delete = "/virtual-hosts/sandbox/vh-1/delete";
		this.mvc.perform(post(delete).with(operator()).with(csrf()).param("confirmation", "order"))
			.andExpect(status().isOk())
			.andExpect(fieldError("confirmation", "vhost.delete.confirmation.mismatch"))
			.andExpect(content().string(containsString("orders-v1")));
	}

	@Test
	void deleteWhenConfirmedThenReviewShowsOnlyIdAndOperation() throws Exception {
		MockHttpSession session = new MockHttpSession();

		String review = this.mvc
			.perform(post("/virtual-hosts/sandbox/vh-1/delete").session(session)
				.with(operator())
				.with(csrf())
				.param("confirmation", "orders"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String body = ESCAPED_ID + ",&quot;operation&quot;:&quot;DELETE&quot;}";
		this.mvc.perform(get(review).session(session).with(operator()))
			.andExpect(content().string(containsString(body)));
	}

	@Test
	void historyWhenAuditorThenReadable() throws Exception {
		this.mvc.perform(get("/history").with(auditor())).andExpect(status().isOk());
	}

	private String reviewDefaultHost(MockHttpSession session) throws Exception {
		return this.mvc
			.perform(post("/virtual-hosts/new").session(session)
				.with(operator())
				.with(csrf())
				.param("tenantId", "sandbox")
				.param("domainType", "DEFAULT")
				.param("virtualHostUrl", "prod-apis"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private ResultActions send(String review, MockHttpSession session) throws Exception {
		return this.mvc.perform(post(review).session(session).with(operator()).with(csrf()));
	}

	private void willReturnCreated() {
		String body = """
				{"d":{"id":"req-1","virtualHostId":"vh-9","allocationStatus":"COMPLETE"}}""";
		doReturn(created(body)).when(this.client).send(any(), anyString(), anyString());
	}

	private static VirtualHostAnswer created(String body) {
		return new VirtualHostAnswer(201, body, Map.of(), "req-1", "vh-9", "COMPLETE", null);
	}

	private static List<CertificateStoreContents> storesWithCertificates() {
		String keys = "server-keys";
		StoreCertificate apis = new StoreCertificate("apis", keys, null, null, null, null, null);
		CertificateStore keyStore = new CertificateStore(keys, "KEYSTORE", KEYSTORE);
		CertificateStore partners = new CertificateStore("partners", "TRUSTSTORE", TRUSTSTORE);
		CertificateStoreContents withApis = new CertificateStoreContents(keyStore, List.of(apis));
		CertificateStoreContents empty = new CertificateStoreContents(partners, List.of());
		return List.of(withApis, empty);
	}

	private static CertificateStoreReference partnersCurrent() {
		String name = "partners-current";
		return new CertificateStoreReference(name, "partners", "TRUSTSTORE", TRUSTSTORE);
	}

	private static ResultMatcher fieldError(String field, String code) {
		return model().attributeHasFieldErrorCode("form", field, code);
	}

	private static RequestPostProcessor operator() {
		return TestUsers.platformOperator();
	}

	private static RequestPostProcessor auditor() {
		return TestUsers.auditorOfAllTeams();
	}

}
