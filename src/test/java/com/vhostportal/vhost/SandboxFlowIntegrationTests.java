package com.vhostportal.vhost;

import java.util.List;

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
import org.springframework.test.web.servlet.ResultMatcher;
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

	private final MockHttpSession session = new MockHttpSession();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Test
	void createUpdateDeleteWhenOnSandboxThenEachSucceedsAndIsRecorded() throws Exception {
		HistoryRecord created = submit(defaultHost("sandbox", "flow-apis"));
		assertThat(created.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(created.virtualHostId()).isNotBlank();
		String id = created.virtualHostId();

		MockHttpServletRequestBuilder update = editForm(id, "flow-apis-v2");
		update.param("clientAuth", "true").param("trustStore", "ref://ref-truststore");
		HistoryRecord updated = submit(update);
		assertThat(updated.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(updated.requestBody()).contains("\"virtualHostId\":\"" + id + "\"")
			.contains("\"isClientAuthEnabled\":true")
			.contains("\"trustStore\":\"ref://ref-truststore\"");
		assertThat(updated.beforeState()).contains("flow-apis");
		assertThat(host("flow-apis-v2").clientAuth()).isTrue();

		HistoryRecord deleted = submit(deleteForm(id, "flow-apis-v2"));
		assertThat(deleted.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		String deleteBody = "{\"virtualHostId\":\"" + id + "\",\"operation\":\"DELETE\"}";
		assertThat(deleted.requestBody()).isEqualTo(deleteBody);
		List<VirtualHost> hosts = this.management.virtualHosts(sandbox());
		assertThat(hosts).noneMatch((host) -> host.id().equals(id));
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
	void submitThenNoSecretOrTokenInLogsPagesOrHistory(CapturedOutput output) throws Exception {
		String result = send(defaultHost("sandbox", "no-secrets"));
		String page = this.mvc.perform(get(result).session(this.session).with(operator()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		HistoryRecord record = this.history.page(null, 1).get(0);

		String secret = this.environment.getRequiredProperty("portal.sandbox.write-client-secret");
		String recorded = String.join("|", record.requestBody(), record.responseBody(),
				String.valueOf(record.errorMessage()));
		String logs = output.getAll();
		assertThat(logs).doesNotContain(secret).doesNotContain("Bearer ey");
		assertThat(logs).contains(record.correlationId());
		assertThat(page).doesNotContain(secret);
		assertThat(recorded).doesNotContain(secret);
	}

	@Test
	void createWhenCustomDomainThenResultShowsCnameTarget() throws Exception {
		MockHttpServletRequestBuilder form = customHost("sandbox", "cname.example.com");
		form.param("keyStore", "ref://ref-keystore").param("keyAlias", "apis");
		String result = send(form);

		String cnameTarget = "sandbox.lb.sandbox.apimanagement.example.test";
		this.mvc.perform(get(result).session(this.session).with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lb-host\"")))
			.andExpect(content().string(containsString(cnameTarget)));
	}

	@Test
	void sendWhenAliasAlreadyTakenThenFormShowsSandboxRefusalOnAliasField() throws Exception {
		String review = review(defaultHost("sandbox", "legacy-apis"));

		this.mvc.perform(post(review).session(this.session).with(operator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(fieldError("virtualHostUrl", "vhost.upstream.rejected"))
			.andExpect(content().string(containsString("VHR_VIRTUALHOST_ALREADY_EXISTS")));
	}

	@Test
	void deleteWhenHostInUseThenFailsWithReasonAndUpdateListsProxiesToRedeploy() throws Exception {
		VirtualHost legacy = host("legacy-apis");

		HistoryRecord refused = submit(deleteForm(legacy.id(), "legacy-apis"));
		assertThat(refused.status()).isEqualTo(HistoryStatus.FAILED);
		assertThat(refused.errorCode()).isEqualTo("VHR_VIRTUALHOST_IN_USE_BY_API_PROXIES");
		assertThat(refused.httpStatus()).isEqualTo(400);

		String result = send(editForm(legacy.id(), "legacy-apis"));
		this.mvc.perform(get(result).session(this.session).with(operator()))
			.andExpect(content().string(containsString("legacy-billing")))
			.andExpect(content().string(containsString("Billing")));
	}

	@Test
	void createWhenLegacyLayoutTenantThenSingleKeyStoreFieldIsSentAndAccepted() throws Exception {
		String host = "legacy-layout.example.com";
		MockHttpServletRequestBuilder form = customHost("sandbox-legacy", host);
		HistoryRecord created = submit(form.param("keyStore", "sandbox-keystore"));

		assertThat(created.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(created.requestBody()).contains("\"keyStore\":\"sandbox-keystore\"")
			.doesNotContain("keyStoreName")
			.doesNotContain("keyStoreAlias")
			.doesNotContain("isForCustomDomain");
	}

	@Test
	void newFormWhenTenantHasNoReadKeyThenPickersAreTextFieldsWithNotice() throws Exception {
		this.mvc.perform(newForm("sandbox-legacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has no read key")))
			.andExpect(content().string(not(containsString("<select id=\"keyStore\""))))
			.andExpect(content().string(containsString("id=\"keyStore\" name=\"keyStore\"")));
	}

	// Each submission is reviewed and sent in a session of its own.
	private HistoryRecord submit(MockHttpServletRequestBuilder form) throws Exception {
		MockHttpSession own = new MockHttpSession();
		String review = redirectOf(form.session(own));
		String result = redirectOf(post(review).session(own));
		long id = Long.parseLong(result.substring(result.lastIndexOf('/') + 1));
		return this.history.find(id).orElseThrow();
	}

	private String send(MockHttpServletRequestBuilder form) throws Exception {
		String review = review(form);
		return redirectOf(post(review).session(this.session));
	}

	private String review(MockHttpServletRequestBuilder form) throws Exception {
		return redirectOf(form.session(this.session));
	}

	private String redirectOf(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static MockHttpServletRequestBuilder defaultHost(String tenant, String alias) {
		return newHost(tenant, "DEFAULT").param("virtualHostUrl", alias);
	}

	private static MockHttpServletRequestBuilder customHost(String tenant, String host) {
		return newHost(tenant, "CUSTOM").param("virtualHostUrl", host);
	}

	private static MockHttpServletRequestBuilder newHost(String tenant, String type) {
		return post("/virtual-hosts/new").param("tenantId", tenant).param("domainType", type);
	}

	private static MockHttpServletRequestBuilder editForm(String id, String alias) {
		return post("/virtual-hosts/sandbox/" + id + "/edit").param("tenantId", "sandbox")
			.param("domainType", "DEFAULT")
			.param("virtualHostUrl", alias);
	}

	private static MockHttpServletRequestBuilder deleteForm(String id, String confirmation) {
		String path = "/virtual-hosts/sandbox/" + id + "/delete";
		return post(path).param("confirmation", confirmation);
	}

	private static MockHttpServletRequestBuilder newForm(String tenant) {
		return get("/virtual-hosts/new").param("tenant", tenant).with(operator());
	}

	private static ResultMatcher fieldError(String field, String code) {
		return model().attributeHasFieldErrorCode("form", field, code);
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
