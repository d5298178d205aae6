package com.vhostportal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
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

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
	void signIn(String base, String username, String password) {
		String csrf = csrf(get(base + "/login").body());
		HttpResponse<String> response = post(base + "/login",
				Map.of("username", username, "password", password, "_csrf", csrf));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode());
		}
	}

	HttpResponse<String> get(String url) {
		URI uri = URI.create(url);
		HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(TIMEOUT).build();
		return exchange(request);
	}

	HttpResponse<String> post(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return exchange(request);
	}

	/**
	 * Fills the create form on one instance and returns the review page's path.
	 */
	String review(String base, String alias) {
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
	HttpResponse<String> send(String base, String reviewPath) {
		String csrf = csrf(get(base + reviewPath).body());
		return post(base + reviewPath, Map.of("_csrf", csrf));
	}

	static String location(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status != 302) {
			throw new IllegalStateException("Expected a redirect but got " + status);
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

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
