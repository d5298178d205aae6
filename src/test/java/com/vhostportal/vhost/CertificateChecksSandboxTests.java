package com.vhostportal.vhost;

import com.vhostportal.apim.ManagementClient;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.security.PortalRole;
import com.vhostportal.support.TestUsers;
import com.vhostportal.tenant.TenantDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The certificate checks on the built-in sandbox: its weak stores show each finding on
 * the review page, a {@code block} policy stops the submission, and its good stores pass
 * cleanly. User {@code strict} belongs to a team whose policy is {@code block}; everyone
 * else has the default, {@code warn}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "portal.certificates.policy.teams.strict-team=block")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "strict-team" })
class CertificateChecksSandboxTests {

	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HistoryRepository history;

	@Autowired
	private ManagementClient management;

	@Autowired
	private TenantDirectory tenants;

	private static final String STRICT = "sandbox-strict";

	private static final String KEYSTORE = "sandbox-keystore";

	private static final String RSA1024_TRUSTSTORE = "weak-rsa1024-truststore";

	private final MockHttpSession session = new MockHttpSession();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Test
	void reviewWhenSha1TruststoreThenWeakSignatureShownAndSentUnderWarnPolicy() throws Exception {
		String review = review(mtls("weak-sha1", "weak-sha1-truststore").with(ada()));

		String page = page(review, ada());

		assertThat(page).contains("data-rule=\"WEAK_SIGNATURE\"", "sha1-partner-ca", "SHA1withRSA",
				"SHA-256 or stronger", "id=\"certificates-warn\"", "id=\"send\"");
		HistoryRecord record = sent(review, ada());
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.certificatePolicy()).isEqualTo("WARN");
		assertThat(record.certificateFindings()).contains("WEAK_SIGNATURE", "sha1-partner-ca");
	}

	@Test
	void reviewWhenRsa1024TruststoreThenWeakKeyShown() throws Exception {
		String review = review(mtls("weak-rsa", RSA1024_TRUSTSTORE).with(ada()));

		String page = page(review, ada());

		assertThat(page).contains("data-rule=\"WEAK_KEY\"", "rsa1024-partner-ca");
		assertThat(page).contains("RSA key of 1024 bits", "at least 2048 bits");
	}

	@Test
	void sendWhenWeakTruststoreUnderBlockPolicyThenNotSentAndDecisionRecorded() throws Exception {
		String review = review(mtls(STRICT, "blocked-weak", RSA1024_TRUSTSTORE).with(strict()));

		String page = page(review, strict());
		assertThat(page).contains("id=\"certificates-blocked\"", "data-rule=\"WEAK_KEY\"")
			.doesNotContain("id=\"send\"");

		// Nothing changed upstream, so the form comes back with the user's entries.
		MvcResult answer = send(review, strict()).andExpect(status().isOk()).andReturn();
		String form = answer.getResponse().getContentAsString();
		assertThat(form).contains("value=\"blocked-weak\"");
		HistoryRecord record = this.history.page(null, 1).get(0);
		assertThat(record.virtualHost()).isEqualTo("blocked-weak");
		assertThat(record.status()).isEqualTo(HistoryStatus.FAILED);
		assertThat(record.errorCode()).isEqualTo("CERTIFICATE_POLICY_BLOCK");
		assertThat(record.httpStatus()).isNull();
		assertThat(record.certificatePolicy()).isEqualTo("BLOCK");
		assertThat(record.certificateFindings()).contains("WEAK_KEY", "rsa1024-partner-ca");
		assertThat(this.management.virtualHosts(this.tenants.find("sandbox").orElseThrow()))
			.noneMatch((host) -> "blocked-weak".equals(host.name()));
	}

	@Test
	void sendWhenGoodStoresUnderBlockPolicyThenCleanAndSent() throws Exception {
		MockHttpServletRequestBuilder form = customDomain(STRICT, "good.example.com");
		form.param("keyStore", KEYSTORE).param("keyAlias", "apis");
		form.param("clientAuth", "true").param("trustStore", "ref://ref-truststore");
		String review = review(form.with(strict()));

		String page = page(review, strict());
		assertThat(page).contains("id=\"certificates-clean\"").doesNotContain("data-rule=");

		HistoryRecord record = sent(review, strict());
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.certificatePolicy()).isEqualTo("BLOCK");
		assertThat(record.certificateFindings()).contains("\"findings\" : [ ]");
	}

	@Test
	void reviewWhenKeystoreExpiresInTwelveDaysThenWarningThatDoesNotBlock() throws Exception {
		MockHttpServletRequestBuilder form = customDomain(STRICT, "expiring.example.com")
			.param("keyStore", "expiring-keystore")
			.param("keyAlias", "expiring");
		String review = review(form.with(strict()));

		String page = page(review, strict());

		assertThat(page).contains("data-rule=\"EXPIRES_SOON\"", "in 12 days", "id=\"send\"")
			.doesNotContain("id=\"certificates-blocked\"");
	}

	@Test
	void reviewWhenHostNotCoveredOrAliasMissingThenEachShown() throws Exception {
		String notCovered = review(custom("shop.example.org", KEYSTORE, "legacy").with(ada()));
		String missingAlias = review(custom("apis.example.com", KEYSTORE, "nope").with(ada()));

		String hostPage = page(notCovered, ada());
		assertThat(hostPage).contains("data-rule=\"DOMAIN_NOT_COVERED\"");
		assertThat(hostPage).contains("shop.example.org", "legacy.example.com");
		String aliasPage = page(missingAlias, ada());
		assertThat(aliasPage).contains("data-rule=\"KEY_ALIAS_MISSING\"", "apis, legacy");
	}

	@Test
	void formWhenSandboxStoresListedThenOptionsShowExpiryKeysAndSignatures() throws Exception {
		String form = this.mvc
			.perform(post("/virtual-hosts/new").with(ada())
				.with(csrf())
				.param("refresh", "true")
				.param("tenantId", "sandbox")
				.param("domainType", "CUSTOM")
				.param("virtualHostUrl", "apis.example.com")
				.param("keyStore", "sandbox-keystore"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String expiring = """
				expiring-keystore \u2014 1 certificate; WARNING: expires in 12 days; RSA 2048""";
		assertThat(form).contains(expiring)
			.contains("weak-rsa1024-truststore \u2014 1 certificate; expires in")
			.contains("RSA 1024; SHA256withRSA")
			.contains("SHA1withRSA")
			.contains("partners-truststore \u2014 3 certificates")
			.contains("EC 256")
			.contains("ref://ref-truststore \u2192 partners-truststore \u2014 3 certificates")
			.contains("apis \u2014 expires in 397 days; RSA 2048; SHA256withRSA");
	}

	@Test
	void storePageWhenPartnersTruststoreThenChainOfThreeShownComplete() throws Exception {
		String page = page("/certificates/sandbox/partners-truststore", ada());

		assertThat(page).contains("Chain 1", "Complete: the chain ends at a root");
		assertThat(page).doesNotContain("Chain 2");
		assertThat(page.indexOf("data-alias=\"partner-client\""))
			.isLessThan(page.indexOf("data-alias=\"partner-issuing-ca\""));
		assertThat(page.indexOf("data-alias=\"partner-issuing-ca\""))
			.isLessThan(page.indexOf("data-alias=\"partner-root-ca\""));
		assertThat(page).contains("clientAuth", "EC 256", "RSA 2048");
	}

	@Test
	void expiryOverviewWhenSandboxThenSoonestFirst() throws Exception {
		String page = page("/certificates/expiry", TestUsers.auditorOfAllTeams());

		int expiring = page.indexOf("<td>expiring</td>");
		int legacy = page.indexOf("<td>legacy</td>");
		int apis = page.indexOf("<td>apis</td>");
		assertThat(expiring).isPositive().isLessThan(legacy);
		assertThat(legacy).isLessThan(apis);
		assertThat(page).contains("data-state=\"WARNING\"");
	}

	private MockHttpServletRequestBuilder mtls(String alias, String trustStore) {
		return mtls("sandbox", alias, trustStore);
	}

	private MockHttpServletRequestBuilder mtls(String tenant, String alias, String trustStore) {
		return post("/virtual-hosts/new").param("tenantId", tenant)
			.param("domainType", "DEFAULT")
			.param("virtualHostUrl", alias)
			.param("clientAuth", "true")
			.param("trustStore", trustStore);
	}

	private MockHttpServletRequestBuilder custom(String host, String store, String keyAlias) {
		return customDomain("sandbox", host).param("keyStore", store).param("keyAlias", keyAlias);
	}

	private MockHttpServletRequestBuilder customDomain(String tenant, String host) {
		return post("/virtual-hosts/new").param("tenantId", tenant)
			.param("domainType", "CUSTOM")
			.param("virtualHostUrl", host);
	}

	private String review(MockHttpServletRequestBuilder form) throws Exception {
		return this.mvc.perform(form.session(this.session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String page(String url, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(url).session(this.session).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions send(String review, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(post(review).session(this.session).with(user).with(csrf()));
	}

	private HistoryRecord sent(String review, RequestPostProcessor user) throws Exception {
		MvcResult result = send(review, user).andExpect(status().is3xxRedirection()).andReturn();
		String url = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		return this.history.find(id).orElseThrow();
	}

	private static RequestPostProcessor ada() {
		return TestUsers.platformOperator();
	}

	// An operator of the team whose policy blocks, working on that team's tenant.
	private static RequestPostProcessor strict() {
		return TestUsers.person("strict", PortalRole.OPERATOR, "strict-team");
	}

}
