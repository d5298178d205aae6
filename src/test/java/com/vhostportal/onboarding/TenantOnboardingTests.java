package com.vhostportal.onboarding;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vhostportal.security.PortalRole;
import com.vhostportal.security.TeamGrant;
import com.vhostportal.tenant.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team registers a tenant from its service key in the UI, against the built-in sandbox
 * over real HTTP, and uses it at once; the database holds only ciphertext.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TenantOnboardingTests {

	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	private static final String WRITE_KEY = """
			{"oauth": {"url": "%s", "tokenurl": "%s/oauth/token", \
			"clientid": "%s", "clientsecret": "%s"}}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TenantDirectory tenants;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@AfterEach
	void removeStoredTenants() {
		this.tenants.stored().forEach((tenant) -> this.tenants.remove(tenant.id()));
	}

	@Test
	void registerWhenSandboxKeyPastedThenUsableAtOnceAndOnlyCiphertextStored() throws Exception {
		this.mvc.perform(registration("team-sandbox", writeKey(secret())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tenants"));

		assertThat(writeSecret("team-sandbox")).hasValue(secret());
		String query = "SELECT write_secret FROM stored_tenant WHERE id = 'team-sandbox'";
		String stored = this.jdbc.sql(query).query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(secret());
		RequestPostProcessor ada = operator("platform");
		var hosts = get("/virtual-hosts").param("tenant", "team-sandbox").with(ada);
		this.mvc.perform(hosts).andExpect(status().isOk());
		this.mvc.perform(get("/tenants").with(ada))
			.andExpect(content().string(containsString("team-sandbox")))
			.andExpect(content().string(not(containsString(secret()))));
	}

	@Test
	void registerWhenKeyUploadedAsFileThenRegistered() throws Exception {
		byte[] key = writeKey(secret()).getBytes(StandardCharsets.UTF_8);
		String type = "application/json";
		MockMultipartFile file = new MockMultipartFile("writeKeyFile", "key.json", type, key);
		var upload = registration("uploaded", "").file(file);
		this.mvc.perform(upload).andExpect(status().is3xxRedirection());

		assertThat(this.tenants.find("uploaded")).isPresent();
	}

	@Test
	// @formatter:off
	void testConnectionWhenSandboxKeyThenTokenIssuedAndHostsListedAndNothingStored()
			throws Exception {
	// @formatter:on
		this.mvc.perform(registration("tested", writeKey(secret())).param("action", "test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a token was issued and")));

		assertThat(this.tenants.stored()).isEmpty();
	}

	@Test
	void testConnectionWhenSecretWrongThenTokenEndpointRefusalReported() throws Exception {
		String refused = "the token endpoint refused to issue a token (HTTP 401)";

		this.mvc.perform(registration("tested", writeKey("wrong")).param("action", "test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)));
	}

	@Test
	void registerWhenIdOfConfiguredTenantThenFieldError() throws Exception {
		this.mvc.perform(registration("sandbox", writeKey(secret())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "id", "tenants.id.taken"));
	}

	@Test
	void registerWhenOperatorChoosesOtherTeamThenFieldErrorAndNothingStored() throws Exception {
		String notYours = "tenants.team.notYours";

		this.mvc
			.perform(multipart("/tenants/new").with(operator("platform"))
				.with(csrf())
				.param("id", "elsewhere")
				.param("team", "payments")
				.param("accountId", "sandbox")
				.param("fieldLayout", "CURRENT")
				.param("writeKey", writeKey(secret())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "team", notYours));

		assertThat(this.tenants.stored()).isEmpty();
	}

	@Test
	void replaceKeysAndRemoveWhenStoredThenSecretReplacedAndTenantGone() throws Exception {
		this.mvc.perform(registration("replaced", writeKey("old-secret")));

		this.mvc
			.perform(multipart("/tenants/replaced/keys").with(operator("platform"))
				.with(csrf())
				.param("writeKey", writeKey(secret())))
			.andExpect(status().is3xxRedirection());
		assertThat(writeSecret("replaced")).hasValue(secret());

		this.mvc.perform(post("/tenants/replaced/remove").with(operator("platform")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tenants.find("replaced")).isEmpty();
	}

	private MockMultipartHttpServletRequestBuilder registration(String id, String writeKey) {
		MockMultipartHttpServletRequestBuilder request = multipart("/tenants/new");
		request.with(admin()).with(csrf());
		request.param("id", id)
			.param("name", "Registered " + id)
			.param("team", "platform")
			.param("accountId", "sandbox")
			.param("fieldLayout", "CURRENT")
			.param("writeKey", writeKey);
		return request;
	}

	private String writeKey(String secret) {
		String base = "http://localhost:" + PORT + "/sandbox/apim";
		String clientId = this.environment.getProperty("portal.sandbox.write-client-id");
		return WRITE_KEY.formatted(base, base, clientId, secret);
	}

	private Optional<String> writeSecret(String tenantId) {
		return this.tenants.find(tenantId).map((tenant) -> tenant.writeKey().clientSecret());
	}

	private String secret() {
		return this.environment.getProperty("portal.sandbox.write-client-secret");
	}

	static RequestPostProcessor admin() {
		GrantedAuthority role = new SimpleGrantedAuthority(PortalRole.PORTAL_ADMIN.authority());
		TeamGrant everyTeam = new TeamGrant(TeamGrant.ALL_TEAMS, PortalRole.PORTAL_ADMIN);
		return user("root").authorities(role, everyTeam.authority());
	}

	static RequestPostProcessor operator(String team) {
		return com.vhostportal.support.TestUsers.person("ada-" + team, PortalRole.OPERATOR, team);
	}

}
