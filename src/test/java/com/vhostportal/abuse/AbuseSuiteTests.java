package com.vhostportal.abuse;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
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

	private static final String COUNT_RECORDS = "SELECT COUNT(*) FROM history_record";

	private static final String TOKEN = """
			{"access_token":"t","token_type":"bearer","expires_in":3600}""";

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
			MockHttpServletResponse response = result.getResponse();
			answers.add(route + " -> " + response.getStatus() + " " + response.getRedirectedUrl());
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
				int answer = status(route.request().with(auditor).with(csrf()));
				assertThat(answer).as(route.toString()).isEqualTo(403);
			}
		}

		assertNothingSentAndNothingChanged();
	}

	@Test
	void everyPostWhenSignedInWithoutCsrfTokenThenForbidden() throws Exception {
		for (Route route : routes()) {
			if (route.isPost()) {
				int answer = status(route.request().with(admin()));
				assertThat(answer).as(route.toString()).isEqualTo(403);
			}
		}

		assertNothingSentAndNothingChanged();
	}

	@Test
	void otherTeamsTenantsFormsAndRecordsWhenReachedByUrlThenNotFound() throws Exception {
		RequestPostProcessor payments = TestUsers.person("pat", PortalRole.OPERATOR, "payments");
		for (AbstractMockHttpServletRequestBuilder<?> request : platformTeamRequests()) {
			assertThat(status(request.with(payments))).as(request.toString()).isEqualTo(404);
		}

		String list = body(get("/tenants").with(payments));
		assertThat(list).contains("stored-payments");
		assertThat(list).doesNotContain("stored-platform").doesNotContain("platform-t");
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
	void vhostFormWhenScriptInEveryTextFieldThenShownEscapedAndNothingWritten() throws Exception {
		String page = body(post("/virtual-hosts/new").with(operator())
			.with(csrf())
			.param("tenantId", "platform-t")
			.param("domainType", "DEFAULT")
			.param("virtualHostUrl", SCRIPT)
			.param("keyStore", SCRIPT)
			.param("keyAlias", SCRIPT)
			.param("trustStore", SCRIPT));

		assertThat(page).contains(ESCAPED_SCRIPT).doesNotContain(SCRIPT);
		Integer records = this.jdbc.sql(COUNT_RECORDS).query(Integer.class).single();
		assertThat(records).isEqualTo(2);
		assertThat(database()).isEqualTo(this.databaseBefore);
	}

	@Test
	void connectionTestWhenTokenAnswersScriptThenShownEscapedAndOnlyTokenAsked() throws Exception {
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
		Map<String, Object> model = result.getModelAndView().getModel();
		String errors = model.get(BindingResult.MODEL_KEY_PREFIX + "form").toString();
		assertThat(errors).contains("tenants.key.invalid");
		assertThat(result.getResponse().getContentAsString()).contains("value=\"Kept name\"")
			.contains("This service key cannot be used: The service key is not valid JSON");
		assertNothingSentAndNothingChanged();
	}

	@Test
	void tenantWhenEncryptedUnderAnotherKeyThenUnusableNoticeAndNoSecretLeaked() throws Exception {
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
		String keys = body(get("/tenants/stored-platform/keys").with(admin()));
		assertThat(keys).contains("This tenant cannot be used");
		int hosts = status(hostList("stored-platform").with(operator()));
		assertThat(hosts).isEqualTo(404);
		assertThat(this.tenants.find("stored-platform")).isEmpty();
		assertNothingSentAndNothingChanged();
	}

	@Test
	void oversizedFormWhenPostedThenRefusedAndNothingStored() throws Exception {
		PortalSession session = PortalSession.signIn(this.port, "admin", "admin");
		String huge = "x".repeat(300 * 1024);

		int urlEncoded = session.postForm("/tenants/new",
				Map.of("id", "huge", "fieldLayout", "CURRENT", "writeKey", huge));
		String bigFile = "x".repeat(100 * 1024);
		int multipartFile = session.postMultipart("/tenants/new", "writeKeyFile", bigFile);

		assertThat(List.of(urlEncoded, multipartFile)).containsExactly(413, 413);
		assertNothingSentAndNothingChanged();
	}

	private void assertNothingSentAndNothingChanged() {
		int calls = upstreamCalls.get();
		assertThat(calls).as("requests to API Management").isEqualTo(this.callsBefore);
		assertThat(database()).isEqualTo(this.databaseBefore);
	}

	private List<AbstractMockHttpServletRequestBuilder<?>> platformTeamRequests() {
		String keys = "/tenants/stored-platform/keys";
		String delete = "/virtual-hosts/platform-t/vh-1/delete";
		String result = "/virtual-hosts/results/" + this.platformRecord;
		List<AbstractMockHttpServletRequestBuilder<?>> requests = new ArrayList<>();
		requests.add(get(keys));
		requests.add(multipart(keys).param("writeKey", key("client", "x")).with(csrf()));
		requests.add(post("/tenants/stored-platform/remove").with(csrf()));
		requests.add(get("/tenants/platform-t/keys"));
		requests.add(hostList("platform-t"));
		requests.add(hostList("stored-platform"));
		requests.add(get("/virtual-hosts/platform-t/vh-1/edit"));
		requests.add(get("/virtual-hosts/stored-platform/vh-1/delete"));
		requests.add(post(delete).param("confirmation", "x").with(csrf()));
		requests.add(get(result));
		requests.add(post(result + "/check").with(csrf()));
		requests.add(get("/history/" + this.platformRecord));
		return requests;
	}

	private static MockHttpServletRequestBuilder hostList(String tenant) {
		return get("/virtual-hosts").param("tenant", tenant);
	}

	// Every route of the portal itself; the sandbox stands in for API Management and
	// checks its own bearer tokens.
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (isLeftOut(pattern)) {
					continue;
				}
				routes.add(route(info, concrete(pattern)));
			}
		}
		return routes;
	}

	private static boolean isLeftOut(String pattern) {
		return pattern.startsWith("/sandbox") || List.of("/login", "/error").contains(pattern);
	}

	private static Route route(RequestMappingInfo info, String path) {
		boolean post = info.getMethodsCondition().getMethods().contains(RequestMethod.POST);
		Set<NameValueExpression<String>> expressions = info.getParamsCondition().getExpressions();
		String params = expressions.stream().map(Object::toString).findFirst().orElse(null);
		return new Route(path, post, params);
	}

	private String concrete(String pattern) {
		String record = String.valueOf(this.platformRecord);
		String id = pattern.startsWith("/tenants") ? "stored-platform" : record;
		return pattern.replace("{tenantId}", "platform-t")
			.replace("{virtualHostId}", "vh-1")
			.replace("{storeName}", "store")
			.replace("{token}", "no-such-token")
			.replace("{id}", id);
	}

	private String database() {
		List<Map<String, Object>> tenants = rows("SELECT * FROM stored_tenant ORDER BY id");
		List<Map<String, Object>> records = rows("SELECT * FROM history_record ORDER BY id");
		return tenants + "\n" + records;
	}

	private List<Map<String, Object>> rows(String sql) {
		return this.jdbc.sql(sql).query().listOfRows();
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
		Submitter someone = new Submitter("sub-1", "Some One", null);
		String host = team + "-host";
		// @formatter:off
		NewSubmission submission = new NewSubmission("someone", tenant, tenant, Operation.CREATE,
				host, null, "http://localhost/x", "{}", null, "c-" + team, someone, team);
		// @formatter:on
		return this.history.recordPending(submission);
	}

	private static Tenant tenant(String id, String team) {
		String url = upstreamUrl("");
		ServiceKey key = new ServiceKey(url, upstreamUrl("/oauth/token"), "client", SECRET);
		return new Tenant(id, "Stored " + id, "acme", FieldLayout.CURRENT, key, null, team);
	}

	private static String key(String path, String secret) {
		String base = upstreamUrl("/" + path);
		return """
				{"url":"%s","tokenUrl":"%s/oauth/token",\
				"clientId":"c","clientSecret":"%s"}""".formatted(base, base, secret);
	}

	private static RequestPostProcessor admin() {
		return TestUsers.person("root", PortalRole.PORTAL_ADMIN, TeamGrant.ALL_TEAMS);
	}

	private static RequestPostProcessor operator() {
		return TestUsers.platformOperator();
	}

	private static Supplier<Object> tenantValue(String[][] tenants, int i, int column) {
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
			String error = """
					{"error":"invalid_client","error_description":"%s"}""".formatted(SCRIPT);
			return json(401, error);
		}
		if (path.endsWith("/oauth/token")) {
			return json(200, TOKEN);
		}
		if (path.startsWith("/markup/")) {
			String error = """
					{"error":{"code":"Forbidden","message":{"value":"%s"}}}""".formatted(MARKUP);
			return json(403, error);
		}
		return json(200, "{\"d\":{\"results\":[]}}");
	}

	private static MockResponse json(int status, String body) {
		MockResponse.Builder answer = new MockResponse.Builder().code(status);
		return answer.addHeader("Content-Type", "application/json").body(body).build();
	}

	private record Route(String path, boolean isPost, String params) {

		AbstractMockHttpServletRequestBuilder<?> request() {
			MockHttpServletRequestBuilder request = this.isPost ? post(this.path) : get(this.path);
			if (this.params != null && !this.params.startsWith("!")) {
				request.param(this.params.split("=")[0], "1");
			}
			return request;
		}

		@Override
		public String toString() {
			String query = (this.params != null) ? "?" + this.params : "";
			return (this.isPost ? "POST " : "GET ") + this.path + query;
		}

	}

	/**
	 * A browser session over real HTTP, for limits that only the servlet container
	 * enforces.
	 */
	private static final class PortalSession {

		private static final String CSRF_FIELD = "name=\"_csrf\"\\s+value=\"([^\"]+)\"";

		private static final Pattern CSRF = Pattern.compile(CSRF_FIELD);

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
			Map<String, String> credentials = Map.of("username", username, "password", password);
			int status = session.postForm("/login", credentials, token);
			assertThat(status).isEqualTo(302);
			return session;
		}

		int postForm(String path, Map<String, String> fields) throws Exception {
			return postForm(path, fields, csrf("/tenants/new"));
		}

		int postForm(String path, Map<String, String> fields, String token) throws Exception {
			Map<String, String> all = new java.util.HashMap<>(fields);
			all.put("_csrf", token);
			return send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(all)))
				.build());
		}

		int postMultipart(String path, String fileField, String content) throws Exception {
			String boundary = "abuse" + Base64.getUrlEncoder().encodeToString(new byte[6]);
			String token = csrf("/tenants/new");
			String tokenPart = part(boundary, "_csrf", null, token);
			String idPart = part(boundary, "id", null, "huge-upload");
			String layoutPart = part(boundary, "fieldLayout", null, "CURRENT");
			String filePart = part(boundary, fileField, "key.json", content);
			String body = tokenPart + idPart + layoutPart + filePart + "--" + boundary + "--\r\n";
			return send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private static String part(String boundary, String name, String filename, String value) {
			String disposition = "form-data; name=\"" + name + "\""
					+ ((filename != null) ? "; filename=\"" + filename + "\"" : "");
			String type = (filename != null) ? "Content-Type: application/json\r\n" : "";
			String head = "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n";
			return head + type + "\r\n" + value + "\r\n";
		}

		private String csrf(String path) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).build();
			HttpResponse<String> page = this.client.send(request, BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
			return matcher.group(1);
		}

		private int send(HttpRequest request) throws Exception {
			return this.client.send(request, BodyHandlers.discarding()).statusCode();
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
