package com.vhostportal.abuse;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vhostportal.apim.Operation;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.NewSubmission;
import com.vhostportal.history.Submitter;
import com.vhostportal.security.PortalRole;
import com.vhostportal.security.TeamGrant;
import com.vhostportal.support.TestUsers;
import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.SecretCipher;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The abuse suite: every case asserts the exact answer, that nothing reached the fake API
 * Management (which counts every request it gets), and that the database did not change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AbuseSuiteTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

	private static final String MARKUP = "<img src=x onerror=alert(2)>";

	private static final String ESCAPED_MARKUP = "&lt;img src=x onerror=alert(2)&gt;";

	private static final String SECRET = "very-secret-value";

	private static final AtomicInteger upstreamCalls = new AtomicInteger();

	private static final MockWebServer upstream = startUpstream();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TenantDirectory tenants;

	@Autowired
	private HistoryRepository history;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@LocalServerPort
	private int port;

	private long platformRecord;

	private String databaseBefore;

	private int callsBefore;

	@DynamicPropertySource
	static void tenantsOnFakeUpstream(DynamicPropertyRegistry registry) {
		String[][] tenants = { { "platform-t", "platform" }, { "payments-t", "payments" } };
		for (int i = 0; i < tenants.length; i++) {
			String prefix = "portal.tenants[" + i + "].";
			registry.add(prefix + "id", tenantValue(tenants, i, 0));
			registry.add(prefix + "team", tenantValue(tenants, i, 1));
			registry.add(prefix + "account-id", () -> "acme");
			registry.add(prefix + "write-key.url", () -> upstreamUrl(""));
			registry.add(prefix + "write-key.token-url", () -> upstreamUrl("/oauth/token"));
			registry.add(prefix + "write-key.client-id", () -> "client");
			registry.add(prefix + "write-key.client-secret", () -> SECRET);
		}
	}

	@BeforeEach
	void storeOneTenantAndOneRecordPerTeam() {
		this.tenants.register(tenant("stored-platform", "platform"), "setup");
		this.tenants.register(tenant("stored-payments", "payments"), "setup");
		this.platformRecord = record("platform-t", "platform");
		record("payments-t", "payments");
		this.databaseBefore = database();
		this.callsBefore = upstreamCalls.get();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("DELETE FROM stored_tenant").update();
		this.jdbc.sql("DELETE FROM history_record").update();
		this.tenants.reload();
	}

	@AfterAll
	static void stopUpstream() {
		upstream.close();
	}

	@Test
	void everyRouteWhenNoSessionThenPagesRedirectToLoginAndPostsRefused() throws Exception {
		List<String> answers = new ArrayList<>();
		for (Route route : routes()) {
			MvcResult result = this.mvc.perform(route.request().with(csrf())).andReturn();
			answers
				.add(route + " -> " + result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl());
		}

		assertThat(answers).hasSizeGreaterThan(20)
			.anySatisfy((answer) -> assertThat(answer).startsWith("POST /tenants/new "))
			.allSatisfy((answer) -> assertThat(answer).endsWith(" -> 302 /login"));
		assertNothingSentAndNothingChanged();
	}

	@Test
	void everyPostWhenNoSessionAndNoCsrfTokenThenForbidden() throws Exception {
		for (Route route : routes()) {
			if (route.isPost()) {
				assertThat(status(route.request())).as(route.toString()).isEqualTo(403);
			}
		}

		assertNothingSentAndNothingChanged();
	}

	@Test
	void everyFormWhenAuditorPostsThenForbidden() throws Exception {
		RequestPostProcessor auditor = TestUsers.auditorOfAllTeams();
		for (Route route : routes()) {
			if (route.isPost()) {
				assertThat(status(route.request().with(auditor).with(csrf()))).as(route.toString()).isEqualTo(403);
			}
		}

		assertNothingSentAndNothingChanged();
	}

	@Test
	void everyPostWhenSignedInWithoutCsrfTokenThenForbidden() throws Exception {
		for (Route route : routes()) {
			if (route.isPost()) {
				assertThat(status(route.request().with(admin()))).as(route.toString()).isEqualTo(403);
			}
		}

		assertNothingSentAndNothingChanged();
	}

	@Test
	void otherTeamsTenantsFormsAndRecordsWhenReachedByUrlThenNotFound() throws Exception {
		RequestPostProcessor payments = TestUsers.person("pat", PortalRole.OPERATOR, "payments");
		List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(get("/tenants/stored-platform/keys"),
				multipart("/tenants/stored-platform/keys").param("writeKey", key("client", "x")).with(csrf()),
				post("/tenants/stored-platform/remove").with(csrf()), get("/tenants/platform-t/keys"),
				get("/virtual-hosts").param("tenant", "platform-t"),
				get("/virtual-hosts").param("tenant", "stored-platform"), get("/virtual-hosts/platform-t/vh-1/edit"),
				get("/virtual-hosts/stored-platform/vh-1/delete"),
				post("/virtual-hosts/platform-t/vh-1/delete").param("confirmation", "x").with(csrf()),
				get("/virtual-hosts/results/" + this.platformRecord),
				post("/virtual-hosts/results/" + this.platformRecord + "/check").with(csrf()),
				get("/history/" + this.platformRecord));
		for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
			assertThat(status(request.with(payments))).as(request.toString()).isEqualTo(404);
		}

		String list = body(get("/tenants").with(payments));
		assertThat(list).contains("stored-payments").doesNotContain("stored-platform").doesNotContain("platform-t");
		assertNothingSentAndNothingChanged();
	}

	@Test
	void tenantFormWhenScriptInEveryTextFieldThenShownEscapedAndNothingStored() throws Exception {
		String page = body(multipart("/tenants/new").with(admin())
			.with(csrf())
			.param("id", SCRIPT)
			.param("name", SCRIPT)
			.param("team", SCRIPT)
			.param("accountId", SCRIPT)
			.param("fieldLayout", "CURRENT")
			.param("writeKey", SCRIPT)
			.param("readKey", MARKUP));

		assertThat(page).contains("value=\"" + ESCAPED_SCRIPT + "\"")
			.contains(">" + ESCAPED_SCRIPT + "</textarea>")
			.contains(">" + ESCAPED_MARKUP + "</textarea>")
			.doesNotContain(SCRIPT)
			.doesNotContain(MARKUP);
		assertNothingSentAndNothingChanged();
	}

	@Test
	void virtualHostFormWhenScriptInEveryTextFieldThenShownEscapedAndNothingWritten() throws Exception {
		String page = body(post("/virtual-hosts/new").with(operator())
			.with(csrf())
			.param("tenantId", "platform-t")
			.param("domainType", "DEFAULT")
			.param("virtualHostUrl", SCRIPT)
			.param("keyStore", SCRIPT)
			.param("keyAlias", SCRIPT)
			.param("trustStore", SCRIPT));

		assertThat(page).contains(ESCAPED_SCRIPT).doesNotContain(SCRIPT);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM history_record").query(Integer.class).single()).isEqualTo(2);
		assertThat(database()).isEqualTo(this.databaseBefore);
	}

	@Test
	void connectionTestWhenTokenEndpointAnswersScriptThenShownEscapedAndOnlyTokenRequested() throws Exception {
		String page = body(multipart("/tenants/new").with(admin())
			.with(csrf())
			.param("id", "evil")
			.param("fieldLayout", "CURRENT")
			.param("writeKey", key("evil", "x"))
			.param("action", "test"));

		assertThat(page).contains("HTTP 401").contains(ESCAPED_SCRIPT).doesNotContain(SCRIPT);
		assertThat(upstreamCalls.get() - this.callsBefore).isEqualTo(1);
		assertThat(database()).isEqualTo(this.databaseBefore);
	}

	@Test
	void connectionTestWhenApiAnswersMarkupThenShownEscapedAndNothingWritten() throws Exception {
		String page = body(multipart("/tenants/new").with(admin())
			.with(csrf())
			.param("id", "markup")
			.param("fieldLayout", "CURRENT")
			.param("writeKey", key("markup", "x"))
			.param("action", "test"));

		assertThat(page).contains("HTTP 403").contains(ESCAPED_MARKUP).doesNotContain(MARKUP);
		assertThat(upstreamCalls.get() - this.callsBefore).isEqualTo(2);
		assertThat(database()).isEqualTo(this.databaseBefore);
	}

	@Test
	void registerWhenServiceKeyMalformedThenFieldErrorWithEntriesKept() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/tenants/new").with(admin())
				.with(csrf())
				.param("id", "broken-json")
				.param("name", "Kept name")
				.param("team", "platform")
				.param("fieldLayout", "CURRENT")
				.param("writeKey", "{\"url\": \"https://x.example\", oops"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(
				result.getModelAndView().getModel().get("org.springframework.validation.BindingResult.form").toString())
			.contains("tenants.key.invalid");
		assertThat(result.getResponse().getContentAsString()).contains("value=\"Kept name\"")
			.contains("This service key cannot be used: The service key is not valid JSON");
		assertNothingSentAndNothingChanged();
	}

	@Test
	void storedTenantWhenEncryptedUnderAnotherKeyThenUnusableNoticeAndNoSecretLeaked() throws Exception {
		SecretCipher other = new SecretCipher(new byte[32]);
		String ciphertext = other.encrypt(SECRET);
		this.jdbc.sql("UPDATE stored_tenant SET write_secret = ? WHERE id = 'stored-platform'")
			.param(ciphertext)
			.update();
		this.tenants.reload();
		this.databaseBefore = database();

		String list = body(get("/tenants").with(admin()));
		assertThat(list).contains("stored-platform")
			.contains("This tenant cannot be used")
			.doesNotContain(SECRET)
			.doesNotContain(ciphertext);
		assertThat(body(get("/tenants/stored-platform/keys").with(admin()))).contains("This tenant cannot be used");
		assertThat(status(get("/virtual-hosts").param("tenant", "stored-platform").with(operator()))).isEqualTo(404);
		assertThat(this.tenants.find("stored-platform")).isEmpty();
		assertNothingSentAndNothingChanged();
	}

	@Test
	void oversizedFormWhenPostedThenRefusedAndNothingStored() throws Exception {
		PortalSession session = PortalSession.signIn(this.port, "admin", "admin");
		String huge = "x".repeat(300 * 1024);

		int urlEncoded = session.postForm("/tenants/new",
				Map.of("id", "huge", "fieldLayout", "CURRENT", "writeKey", huge));
		int multipartFile = session.postMultipart("/tenants/new", "writeKeyFile", "x".repeat(100 * 1024));

		assertThat(List.of(urlEncoded, multipartFile)).containsExactly(413, 413);
		assertNothingSentAndNothingChanged();
	}

	private void assertNothingSentAndNothingChanged() {
		assertThat(upstreamCalls.get()).as("requests to API Management").isEqualTo(this.callsBefore);
		assertThat(database()).isEqualTo(this.databaseBefore);
	}

	// Every route of the portal itself; the sandbox stands in for API Management and
	// checks its own bearer tokens.
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/sandbox") || pattern.equals("/login") || pattern.equals("/error")) {
					continue;
				}
				String path = concrete(pattern);
				boolean post = info.getMethodsCondition().getMethods().contains(RequestMethod.POST);
				routes.add(new Route(path, post,
						info.getParamsCondition()
							.getExpressions()
							.stream()
							.map(Object::toString)
							.findFirst()
							.orElse(null)));
			}
		}
		return routes;
	}

	private String concrete(String pattern) {
		String id = pattern.startsWith("/tenants") ? "stored-platform" : String.valueOf(this.platformRecord);
		return pattern.replace("{tenantId}", "platform-t")
			.replace("{virtualHostId}", "vh-1")
			.replace("{storeName}", "store")
			.replace("{token}", "no-such-token")
			.replace("{id}", id);
	}

	private String database() {
		List<Map<String, Object>> tenants = this.jdbc.sql("SELECT * FROM stored_tenant ORDER BY id")
			.query()
			.listOfRows();
		List<Map<String, Object>> records = this.jdbc.sql("SELECT * FROM history_record ORDER BY id")
			.query()
			.listOfRows();
		return tenants + "\n" + records;
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private long record(String tenant, String team) {
		return this.history.recordPending(new NewSubmission("someone", tenant, tenant, Operation.CREATE, team + "-host",
				null, "http://localhost/x", "{}", null, "c-" + team, new Submitter("sub-1", "Some One", null), team));
	}

	private static Tenant tenant(String id, String team) {
		ServiceKey key = new ServiceKey(upstreamUrl(""), upstreamUrl("/oauth/token"), "client", SECRET);
		return new Tenant(id, "Stored " + id, "acme", FieldLayout.CURRENT, key, null, team);
	}

	private static String key(String path, String secret) {
		String base = upstreamUrl("/" + path);
		return "{\"url\":\"" + base + "\",\"tokenUrl\":\"" + base + "/oauth/token\",\"clientId\":\"c\","
				+ "\"clientSecret\":\"" + secret + "\"}";
	}

	private static RequestPostProcessor admin() {
		return TestUsers.person("root", PortalRole.PORTAL_ADMIN, TeamGrant.ALL_TEAMS);
	}

	private static RequestPostProcessor operator() {
		return TestUsers.platformOperator();
	}

	private static java.util.function.Supplier<Object> tenantValue(String[][] tenants, int i, int column) {
		return () -> tenants[i][column];
	}

	private static String upstreamUrl(String path) {
		return "http://localhost:" + upstream.getPort() + path;
	}

	private static MockWebServer startUpstream() {
		MockWebServer server = new MockWebServer();
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				upstreamCalls.incrementAndGet();
				return answer(request.getUrl().encodedPath());
			}
		});
		try {
			server.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return server;
	}

	private static MockResponse answer(String path) {
		if (path.startsWith("/evil/oauth/token")) {
			return json(401, "{\"error\":\"invalid_client\",\"error_description\":\"" + SCRIPT + "\"}");
		}
		if (path.endsWith("/oauth/token")) {
			return json(200, "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":3600}");
		}
		if (path.startsWith("/markup/")) {
			return json(403, "{\"error\":{\"code\":\"Forbidden\",\"message\":{\"value\":\"" + MARKUP + "\"}}}");
		}
		return json(200, "{\"d\":{\"results\":[]}}");
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	private record Route(String path, boolean isPost, String params) {

		AbstractMockHttpServletRequestBuilder<?> request() {
			AbstractMockHttpServletRequestBuilder<?> request = this.isPost ? post(this.path) : get(this.path);
			if (this.params != null && !this.params.startsWith("!")) {
				request.param(this.params.split("=")[0], "1");
			}
			return request;
		}

		@Override
		public String toString() {
			return (this.isPost ? "POST " : "GET ") + this.path + ((this.params != null) ? "?" + this.params : "");
		}

	}

	/**
	 * A browser session over real HTTP, for limits that only the servlet container
	 * enforces.
	 */
	private static final class PortalSession {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String base;

		private PortalSession(int port) {
			this.base = "http://localhost:" + port;
		}

		static PortalSession signIn(int port, String username, String password) throws Exception {
			PortalSession session = new PortalSession(port);
			String token = session.csrf("/login");
			int status = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString(form(Map.of("username", username, "password", password, "_csrf", token))))
				.build());
			assertThat(status).isEqualTo(302);
			return session;
		}

		int postForm(String path, Map<String, String> fields) throws Exception {
			Map<String, String> all = new java.util.HashMap<>(fields);
			all.put("_csrf", csrf("/tenants/new"));
			return send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(all)))
				.build());
		}

		int postMultipart(String path, String fileField, String content) throws Exception {
			String boundary = "abuse" + Base64.getUrlEncoder().encodeToString(new byte[6]);
			String token = csrf("/tenants/new");
			String body = part(boundary, "_csrf", null, token) + part(boundary, "id", null, "huge-upload")
					+ part(boundary, "fieldLayout", null, "CURRENT") + part(boundary, fileField, "key.json", content)
					+ "--" + boundary + "--\r\n";
			return send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private static String part(String boundary, String name, String filename, String value) {
			String disposition = "form-data; name=\"" + name + "\""
					+ ((filename != null) ? "; filename=\"" + filename + "\"" : "");
			return "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
					+ ((filename != null) ? "Content-Type: application/json\r\n" : "") + "\r\n" + value + "\r\n";
		}

		private String csrf(String path) throws Exception {
			HttpResponse<String> page = this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
			return matcher.group(1);
		}

		private int send(HttpRequest request) throws Exception {
			return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		private static String form(Map<String, String> fields) {
			StringBuilder form = new StringBuilder();
			fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return form.toString();
		}

	}

}
