package com.vhostportal.vhost;

import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;
import com.vhostportal.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Create, update and delete through the portal against the built-in sandbox, reached over
 * real HTTP by the same client a real tenant uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles({ "test", "legacy-layout" })
class SandboxFlowIntegrationTests {

	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HistoryRepository history;

	@Autowired
	private ManagementClient management;

	@Autowired
	private TenantDirectory tenants;

	@Autowired
	private Environment environment;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Test
	void createUpdateDeleteWhenOnSandboxThenEachSucceedsAndIsRecorded() throws Exception {
		HistoryRecord created = submit(post("/virtual-hosts/new").param("tenantId", "sandbox")
			.param("domainType", "DEFAULT")
			.param("virtualHostUrl", "flow-apis"));
		assertThat(created.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(created.virtualHostId()).isNotBlank();
		String id = created.virtualHostId();

		HistoryRecord updated = submit(post("/virtual-hosts/sandbox/" + id + "/edit").param("tenantId", "sandbox")
			.param("domainType", "DEFAULT")
			.param("virtualHostUrl", "flow-apis-v2")
			.param("clientAuth", "true")
			.param("trustStore", "ref://ref-truststore"));
		assertThat(updated.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(updated.requestBody()).contains("\"virtualHostId\":\"" + id + "\"")
			.contains("\"isClientAuthEnabled\":true")
			.contains("\"trustStore\":\"ref://ref-truststore\"");
		assertThat(updated.beforeState()).contains("flow-apis");
		assertThat(host("flow-apis-v2").clientAuth()).isTrue();

		HistoryRecord deleted = submit(
				post("/virtual-hosts/sandbox/" + id + "/delete").param("confirmation", "flow-apis-v2"));
		assertThat(deleted.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(deleted.requestBody()).isEqualTo("{\"virtualHostId\":\"" + id + "\",\"operation\":\"DELETE\"}");
		assertThat(this.management.virtualHosts(sandbox())).noneMatch((host) -> host.id().equals(id));
		assertThat(this.meters.get("portal.apim.calls")
			.tags("tenant", "sandbox", "endpoint", "VirtualHostRequests", "outcome", "SUCCESS")
			.timer()
			.count()).isGreaterThanOrEqualTo(3);
		assertThat(this.meters.get("portal.submissions")
			.tags("tenant", "sandbox", "operation", "DELETE", "outcome", "SUCCEEDED")
			.timer()
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void submitWhenSentThenNoSecretOrTokenInLogsPagesOrHistory(CapturedOutput output) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String result = send(session,
				post("/virtual-hosts/new").param("tenantId", "sandbox")
					.param("domainType", "DEFAULT")
					.param("virtualHostUrl", "no-secrets"));
		String page = this.mvc.perform(get(result).session(session).with(operator()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		HistoryRecord record = this.history.page(null, 1).get(0);

		String secret = this.environment.getRequiredProperty("portal.sandbox.write-client-secret");
		String recorded = String.join("|", record.requestBody(), record.responseBody(),
				String.valueOf(record.errorMessage()));
		assertThat(output.getAll()).doesNotContain(secret).doesNotContain("Bearer ey").contains(record.correlationId());
		assertThat(page).doesNotContain(secret);
		assertThat(recorded).doesNotContain(secret);
	}

	@Test
	void createWhenCustomDomainThenResultShowsCnameTarget() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String result = send(session,
				post("/virtual-hosts/new").param("tenantId", "sandbox")
					.param("domainType", "CUSTOM")
					.param("virtualHostUrl", "cname.example.com")
					.param("keyStore", "ref://ref-keystore")
					.param("keyAlias", "apis"));

		this.mvc.perform(get(result).session(session).with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lb-host\"")))
			.andExpect(content().string(containsString("sandbox.lb.sandbox.apimanagement.example.test")));
	}

	@Test
	void sendWhenAliasAlreadyTakenThenFormShowsSandboxRefusalOnAliasField() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String review = review(session,
				post("/virtual-hosts/new").param("tenantId", "sandbox")
					.param("domainType", "DEFAULT")
					.param("virtualHostUrl", "legacy-apis"));

		this.mvc.perform(post(review).session(session).with(operator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "virtualHostUrl", "vhost.upstream.rejected"))
			.andExpect(content().string(containsString("VHR_VIRTUALHOST_ALREADY_EXISTS")));
	}

	@Test
	void deleteWhenHostUsedByProxiesThenFailsWithSandboxReasonAndUpdateListsProxiesToRedeploy() throws Exception {
		VirtualHost legacy = host("legacy-apis");

		HistoryRecord refused = submit(
				post("/virtual-hosts/sandbox/" + legacy.id() + "/delete").param("confirmation", "legacy-apis"));
		assertThat(refused.status()).isEqualTo(HistoryStatus.FAILED);
		assertThat(refused.errorCode()).isEqualTo("VHR_VIRTUALHOST_IN_USE_BY_API_PROXIES");
		assertThat(refused.httpStatus()).isEqualTo(400);

		MockHttpSession session = new MockHttpSession();
		String result = send(session,
				post("/virtual-hosts/sandbox/" + legacy.id() + "/edit").param("tenantId", "sandbox")
					.param("domainType", "DEFAULT")
					.param("virtualHostUrl", "legacy-apis"));
		this.mvc.perform(get(result).session(session).with(operator()))
			.andExpect(content().string(containsString("legacy-billing")))
			.andExpect(content().string(containsString("Billing")));
	}

	@Test
	void createWhenTenantUsesLegacyLayoutThenSingleKeyStoreFieldIsSentAndAccepted() throws Exception {
		HistoryRecord created = submit(post("/virtual-hosts/new").param("tenantId", "sandbox-legacy")
			.param("domainType", "CUSTOM")
			.param("virtualHostUrl", "legacy-layout.example.com")
			.param("keyStore", "sandbox-keystore"));

		assertThat(created.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(created.requestBody()).contains("\"keyStore\":\"sandbox-keystore\"")
			.doesNotContain("keyStoreName")
			.doesNotContain("keyStoreAlias")
			.doesNotContain("isForCustomDomain");
	}

	@Test
	void newFormWhenTenantHasNoReadKeyThenPickersAreTextFieldsWithNotice() throws Exception {
		this.mvc.perform(get("/virtual-hosts/new").param("tenant", "sandbox-legacy").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has no read key")))
			.andExpect(content().string(not(containsString("<select id=\"keyStore\""))))
			.andExpect(content().string(containsString("id=\"keyStore\" name=\"keyStore\"")));
	}

	private HistoryRecord submit(MockHttpServletRequestBuilder form) throws Exception {
		String result = send(new MockHttpSession(), form);
		long id = Long.parseLong(result.substring(result.lastIndexOf('/') + 1));
		return this.history.find(id).orElseThrow();
	}

	private String send(MockHttpSession session, MockHttpServletRequestBuilder form) throws Exception {
		String review = review(session, form);
		return this.mvc.perform(post(review).session(session).with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String review(MockHttpSession session, MockHttpServletRequestBuilder form) throws Exception {
		return this.mvc.perform(form.session(session).with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private VirtualHost host(String name) {
		return this.management.virtualHosts(sandbox())
			.stream()
			.filter((host) -> host.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private Tenant sandbox() {
		return this.tenants.find("sandbox").orElseThrow();
	}

	private static RequestPostProcessor operator() {
		return TestUsers.platformOperator();
	}

}
