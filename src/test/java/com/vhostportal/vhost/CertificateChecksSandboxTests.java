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

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Test
	void reviewWhenSha1TruststoreThenWeakSignatureShownAndWarnPolicyLetsItBeSent() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String review = review(session, mtls("weak-sha1", "weak-sha1-truststore"), ada());

		String page = page(review, session, ada());

		assertThat(page).contains("data-rule=\"WEAK_SIGNATURE\"", "sha1-partner-ca", "SHA1withRSA",
				"SHA-256 or stronger", "id=\"certificates-warn\"", "id=\"send\"");
		HistoryRecord record = sent(review, session, ada());
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.certificatePolicy()).isEqualTo("WARN");
		assertThat(record.certificateFindings()).contains("WEAK_SIGNATURE", "sha1-partner-ca");
	}

	@Test
	void reviewWhenRsa1024TruststoreThenWeakKeyShown() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String review = review(session, mtls("weak-rsa", "weak-rsa1024-truststore"), ada());

		assertThat(page(review, session, ada())).contains("data-rule=\"WEAK_KEY\"", "rsa1024-partner-ca",
				"RSA key of 1024 bits", "at least 2048 bits");
	}

	@Test
	void sendWhenWeakTruststoreUnderBlockPolicyThenNotSentAndDecisionRecorded() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String review = review(session, mtls(STRICT, "blocked-weak", "weak-rsa1024-truststore"), strict());

		String page = page(review, session, strict());
		assertThat(page).contains("id=\"certificates-blocked\"", "data-rule=\"WEAK_KEY\"")
			.doesNotContain("id=\"send\"");

		// Nothing changed upstream, so the form comes back with the user's entries.
		String form = this.mvc.perform(post(review).session(session).with(strict()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
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
		MockHttpSession session = new MockHttpSession();
		String review = review(session,
				custom(STRICT, "good.example.com", "sandbox-keystore", "apis").param("clientAuth", "true")
					.param("trustStore", "ref://ref-truststore"),
				strict());

		String page = page(review, session, strict());
		assertThat(page).contains("id=\"certificates-clean\"").doesNotContain("data-rule=");

		HistoryRecord record = sent(review, session, strict());
		assertThat(record.status()).isEqualTo(HistoryStatus.SUCCEEDED);
		assertThat(record.certificatePolicy()).isEqualTo("BLOCK");
		assertThat(record.certificateFindings()).contains("\"findings\" : [ ]");
	}

	@Test
	void reviewWhenKeystoreExpiresInTwelveDaysThenWarningThatDoesNotBlock() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String review = review(session, custom(STRICT, "expiring.example.com", "expiring-keystore", "expiring"),
				strict());

		String page = page(review, session, strict());

		assertThat(page).contains("data-rule=\"EXPIRES_SOON\"", "in 12 days", "id=\"send\"")
			.doesNotContain("id=\"certificates-blocked\"");
	}

	@Test
	void reviewWhenHostNotCoveredOrAliasMissingThenEachShown() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String notCovered = review(session, custom("shop.example.org", "sandbox-keystore", "legacy"), ada());
		String missingAlias = review(session, custom("apis.example.com", "sandbox-keystore", "nope"), ada());

		assertThat(page(notCovered, session, ada())).contains("data-rule=\"DOMAIN_NOT_COVERED\"", "shop.example.org",
				"legacy.example.com");
		assertThat(page(missingAlias, session, ada())).contains("data-rule=\"KEY_ALIAS_MISSING\"", "apis, legacy");
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

		assertThat(form).contains("expiring-keystore \u2014 1 certificate; WARNING: expires in 12 days; RSA 2048")
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
		String page = page("/certificates/sandbox/partners-truststore", new MockHttpSession(), ada());

		assertThat(page).contains("Chain 1", "Complete: the chain ends at a root").doesNotContain("Chain 2");
		assertThat(page.indexOf("data-alias=\"partner-client\""))
			.isLessThan(page.indexOf("data-alias=\"partner-issuing-ca\""));
		assertThat(page.indexOf("data-alias=\"partner-issuing-ca\""))
			.isLessThan(page.indexOf("data-alias=\"partner-root-ca\""));
		assertThat(page).contains("clientAuth", "EC 256", "RSA 2048");
	}

	@Test
	void expiryOverviewWhenSandboxThenSoonestFirst() throws Exception {
		String page = page("/certificates/expiry", new MockHttpSession(), TestUsers.auditorOfAllTeams());

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

	private MockHttpServletRequestBuilder custom(String host, String keyStore, String keyAlias) {
		return custom("sandbox", host, keyStore, keyAlias);
	}

	private MockHttpServletRequestBuilder custom(String tenant, String host, String keyStore, String keyAlias) {
		return post("/virtual-hosts/new").param("tenantId", tenant)
			.param("domainType", "CUSTOM")
			.param("virtualHostUrl", host)
			.param("keyStore", keyStore)
			.param("keyAlias", keyAlias);
	}

	private String review(MockHttpSession session, MockHttpServletRequestBuilder form, RequestPostProcessor user)
			throws Exception {
		return this.mvc.perform(form.session(session).with(user).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String page(String url, MockHttpSession session, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(url).session(session).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private HistoryRecord sent(String review, MockHttpSession session, RequestPostProcessor user) throws Exception {
		String result = this.mvc.perform(post(review).session(session).with(user).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.history.find(Long.parseLong(result.substring(result.lastIndexOf('/') + 1))).orElseThrow();
	}

	private static RequestPostProcessor ada() {
		return TestUsers.platformOperator();
	}

	// An operator of the team whose policy blocks, working on that team's tenant.
	private static RequestPostProcessor strict() {
		return TestUsers.person("strict", PortalRole.OPERATOR, "strict-team");
	}

}
