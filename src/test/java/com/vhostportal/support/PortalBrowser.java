package com.vhostportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user's browser, reduced to the requests of a submission: it keeps the
 * session cookie, follows no redirect by itself, and sends every form with the CSRF token
 * the portal rendered.
 */
public final class PortalBrowser {

	private static final String CSRF_FIELD_REGEX = "name=\"_csrf\"\\s+value=\"([^\"]+)\"";

	private static final Pattern CSRF_FIELD = Pattern.compile(CSRF_FIELD_REGEX);

	private static final String REVIEW_PAGE_REGEX = "/virtual-hosts/review/[A-Za-z0-9_-]+$";

	private static final Pattern REVIEW_PAGE = Pattern.compile(REVIEW_PAGE_REGEX);

	private static final Pattern RESULT_PAGE = Pattern.compile("/virtual-hosts/results/(\\d+)$");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI base;

	private String csrfToken;

	private PortalBrowser(URI base) {
		this.base = base;
	}

	/**
	 * Signs in through the login form and opens the create form, as a user does before a
	 * first submission.
	 * @param base the portal's base URL
	 * @param username the user
	 * @param password the password
	 * @return the signed-in browser
	 * @throws Exception if a request fails
	 */
	// @formatter:off
	public static PortalBrowser signIn(URI base, String username, String password)
			throws Exception {
	// @formatter:on
		return signIn(base, username, password, "/virtual-hosts/new?tenant=sandbox");
	}

	/**
	 * Signs in through the login form and opens a first page, which must carry a form.
	 * @param base the portal's base URL
	 * @param username the user
	 * @param password the password
	 * @param firstPage the page opened after signing in, such as {@code /history}
	 * @return the signed-in browser
	 * @throws Exception if a request fails
	 */
	// @formatter:off
	public static PortalBrowser signIn(URI base, String username, String password,
			String firstPage) throws Exception {
	// @formatter:on
		PortalBrowser browser = new PortalBrowser(base);
		browser.csrfToken = browser.csrfTokenOf("/login");
		Map<String, String> credentials = Map.of("username", username, "password", password);
		HttpResponse<String> signedIn = browser.postForm(base.resolve("/login"), credentials);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		Optional<String> location = signedIn.headers().firstValue("Location");
		assertThat(location).hasValueSatisfying(PortalBrowser::noErrorIn);

		// Signing in replaces the session's CSRF token: read the one the form now
		// carries.
		browser.csrfToken = browser.csrfTokenOf(firstPage);
		return browser;
	}

	/**
	 * Opens a page.
	 * @param pathAndQuery the page, relative to the portal's base URL
	 * @return the answer
	 * @throws Exception if the request fails
	 */
	public HttpResponse<String> get(String pathAndQuery) throws Exception {
		HttpRequest request = getRequest(pathAndQuery);
		return this.http.send(request, BodyHandlers.ofString());
	}

	/**
	 * Downloads a file as a stream, for answers too large to hold.
	 * @param pathAndQuery the file, relative to the portal's base URL
	 * @return the answer, whose body the caller must read to the end or close
	 * @throws Exception if the request fails
	 */
	public HttpResponse<InputStream> download(String pathAndQuery) throws Exception {
		HttpRequest request = getRequest(pathAndQuery);
		return this.http.send(request, BodyHandlers.ofInputStream());
	}

	/**
	 * Fills in the create form for an alias on the default domain and posts it.
	 * @param tenantId the tenant
	 * @param alias the alias
	 * @return the answer: a redirect to the review page
	 * @throws Exception if the request fails
	 */
	public HttpResponse<String> postCreateForm(String tenantId, String alias) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("tenantId", tenantId);
		form.put("domainType", "DEFAULT");
		form.put("virtualHostUrl", alias);
		return postForm(this.base.resolve("/virtual-hosts/new"), form);
	}

	/**
	 * Confirms a review page, which sends its request upstream.
	 * @param reviewPage the review page
	 * @return the answer: a redirect to the result page
	 * @throws Exception if the request fails
	 */
	public HttpResponse<String> send(URI reviewPage) throws Exception {
		return postForm(reviewPage, Map.of());
	}

	/**
	 * Checks that the create form was accepted and returns the review page it leads to.
	 * @param answer the answer to the create form
	 * @return the review page
	 */
	public URI reviewPageOf(HttpResponse<String> answer) {
		String location = redirectOf(answer);
		assertThat(location).as("redirect after the create form").containsPattern(REVIEW_PAGE);
		return this.base.resolve(location);
	}

	/**
	 * Checks that a submission was sent and returns the history record it shows.
	 * @param answer the answer to the confirmed review page
	 * @return the history record id
	 */
	public static long historyIdOf(HttpResponse<String> answer) {
		String location = redirectOf(answer);
		Matcher result = RESULT_PAGE.matcher(location);
		assertThat(result.find()).as("redirect to a result page, was %s", location).isTrue();
		return Long.parseLong(result.group(1));
	}

	private static void noErrorIn(String location) {
		assertThat(location).as("redirect after sign-in").doesNotContain("error");
	}

	private static String redirectOf(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as("status of %s", answer.uri()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	private String csrfTokenOf(String page) throws IOException, InterruptedException {
		HttpRequest request = getRequest(page);
		HttpResponse<String> answer = this.http.send(request, BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("status of %s", page).isEqualTo(200);
		Matcher field = CSRF_FIELD.matcher(answer.body());
		assertThat(field.find()).as("CSRF field on %s", page).isTrue();
		return field.group(1);
	}

	private HttpResponse<String> postForm(URI uri, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", this.csrfToken);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	private HttpRequest getRequest(String page) {
		return HttpRequest.newBuilder(this.base.resolve(page)).GET().build();
	}

	private static String encode(Map<String, String> form) {
		Stream<String> fields = form.entrySet().stream().map(PortalBrowser::encodeField);
		return fields.collect(Collectors.joining("&"));
	}

	private static String encodeField(Map.Entry<String, String> field) {
		String value = URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8);
		return field.getKey() + "=" + value;
	}

}
