package com.vhostportal.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person with a browser: one cookie jar, redirects not followed, so that a test can
 * send the same session to either instance.
 */
final class PortalUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	PortalUser() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Signs in on one instance; the session cookie is then sent to every instance, since
	 * both answer on localhost.
	 */
	void signIn(String base, String username, String password) throws IOException, InterruptedException {
		String csrf = csrf(get(base + "/login").body());
		HttpResponse<String> response = post(base + "/login",
				Map.of("username", username, "password", password, "_csrf", csrf));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode());
		}
	}

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Fills the create form on one instance and returns the review page's path.
	 */
	String review(String base, String alias) throws IOException, InterruptedException {
		String csrf = csrf(get(base + "/virtual-hosts/new?tenant=sandbox").body());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf);
		form.put("tenantId", "sandbox");
		form.put("domainType", "DEFAULT");
		form.put("virtualHostUrl", alias);
		HttpResponse<String> response = post(base + "/virtual-hosts/new", form);
		return location(response);
	}

	/**
	 * Confirms a review page on one instance and returns where it redirected.
	 */
	HttpResponse<String> send(String base, String reviewPath) throws IOException, InterruptedException {
		String csrf = csrf(get(base + reviewPath).body());
		return post(base + reviewPath, Map.of("_csrf", csrf));
	}

	static String location(HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			throw new IllegalStateException("Expected a redirect but got " + response.statusCode());
		}
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
