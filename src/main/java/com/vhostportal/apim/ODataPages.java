package com.vhostportal.apim;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Reads an OData V2 list ({@code {"d": {"results": [...]}}}) to its end, following
 * {@code __next} links from page to page.
 */
class ODataPages {

	private final ResilientReads reads;

	private final int maxPages;

	ODataPages(ResilientReads reads, int maxPages) {
		this.reads = reads;
		this.maxPages = maxPages;
	}

	/**
	 * Reads every entry of a list.
	 * @param key the key to call with
	 * @param serviceRoot the service root, ending with a slash, that relative next links
	 * are resolved against
	 * @param first the first page
	 * @return the entries of all pages, in order
	 */
	List<JsonNode> readAll(TenantKey key, URI serviceRoot, URI first) {
		List<JsonNode> entries = new ArrayList<>();
		URI page = first;
		for (int pages = 1; page != null; pages++) {
			if (pages > this.maxPages) {
				throw tooManyPages(first);
			}
			JsonNode answer = read(key, page);
			entries.addAll(results(answer));
			page = next(answer, serviceRoot);
		}
		return entries;
	}

	private ApimErrorException tooManyPages(URI first) {
		String path = first.getRawPath();
		int limit = this.maxPages;
		String message = "API Management still had more pages of " + path + " after " + limit
				+ "; raise portal.apim.max-pages";
		return new ApimErrorException(200, null, message, "");
	}

	private JsonNode read(TenantKey key, URI page) {
		ApimResponse response = this.reads.get(key, page);
		JsonNode answer = ODataJson.read(response.body());
		if (!answer.path("d").isContainer()) {
			String received = ODataErrors.describe(response.body(), "an OData list");
			int status = response.status();
			String answered = "API Management answered " + status + " to " + page.getRawPath();
			String message = answered + " with " + received;
			throw new ApimErrorException(status, null, message, response.body());
		}
		return answer;
	}

	private static List<JsonNode> results(JsonNode answer) {
		JsonNode d = answer.path("d");
		return d.isArray() ? new ArrayList<>(d.values()) : ODataJson.collection(d, "results");
	}

	private static URI next(JsonNode answer, URI serviceRoot) {
		String link = ODataJson.text(answer.path("d"), "__next");
		if (link == null) {
			link = ODataJson.text(answer, "__next");
		}
		return (link != null && !link.isBlank()) ? resolve(link.strip(), serviceRoot) : null;
	}

	// The next page is fetched with the tenant's bearer token, so only on the same host.
	private static URI resolve(String link, URI serviceRoot) {
		URI next;
		try {
			next = serviceRoot.resolve(link);
		}
		catch (IllegalArgumentException ex) {
			String message = "API Management sent a next link that is no URL";
			throw new ApimErrorException(200, null, message, link);
		}
		if (!sameOrigin(next, serviceRoot)) {
			String host = next.getHost();
			String message = "API Management pointed the next page at another host (" + host
					+ "); the portal sends its tokens to the tenant's own host only";
			throw new ApimErrorException(200, null, message, link);
		}
		return next;
	}

	private static boolean sameOrigin(URI one, URI other) {
		boolean sameScheme = Objects.equals(one.getScheme(), other.getScheme());
		boolean sameHost = Objects.equals(one.getHost(), other.getHost());
		return sameScheme && sameHost && one.getPort() == other.getPort();
	}

}
