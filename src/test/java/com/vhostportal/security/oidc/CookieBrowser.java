package com.vhostportal.security.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for the sign-in tests: keeps cookies per host and follows redirects
 * one by one, so the whole redirect dance between portal and provider really happens over
 * HTTP.
 */
class CookieBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * Gets a page and follows every redirect.
	 */
	Page open(String url) {
		return follow(page(URI.create(url)).GET().build());
	}

	/**
	 * Submits a form, with the CSRF token of the page it is on, and follows every
	 * redirect.
	 */
	Page submit(Page page, String action, Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on " + page.url());
		}
		String form = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(csrf.group(1)) + "&", ""));
		URI target = URI.create(page.url()).resolve(action);
		return follow(page(target).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/**
	 * Returns the value of a cookie the browser holds for a host.
	 */
	String cookie(String url, String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(url))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	private Page follow(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, BodyHandlers.ofString());
			for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
				String location = response.headers().firstValue("Location").orElseThrow();
				URI next = response.uri().resolve(location);
				response = this.http.send(page(next).GET().build(), BodyHandlers.ofString());
			}
			return new Page(response.statusCode(), response.uri().toString(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// Providers answer with their sign-in page only when a browser asks for HTML.
	private static HttpRequest.Builder page(URI uri) {
		return HttpRequest.newBuilder(uri).header("Accept", "text/html");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Where the browser ended up.
	 */
	record Page(int status, String url, String body) {

	}

}
