package com.vhostportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.vhostportal.sandbox.OData.Entity;
import com.vhostportal.sandbox.OData.Page;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Cuts an entity set into pages the way OData V2 servers do: each page names the absolute
 * URL of the next one in {@code __next}, carrying a {@code $skiptoken}.
 */
final class ODataPages {

	static final String SKIP_TOKEN = "$skiptoken";

	private static final String SKIP = "$skip";

	private static final Set<String> PAGING_PARAMETERS = Set.of(SKIP_TOKEN, SKIP);

	private ODataPages() {
	}

	/**
	 * Returns the page a request asks for.
	 * @param <T> the entity type
	 * @param all every entity of the set, in order
	 * @param pageSize the most entities on one page
	 * @param request the request, whose URL the next page's URL is built from
	 * @return the page in its OData envelope
	 */
	static <T> Entity<Page<T>> page(List<T> all, int pageSize, HttpServletRequest request) {
		int offset = offset(request);
		int end = (int) Math.min((long) offset + pageSize, all.size());
		boolean inRange = offset < all.size();
		List<T> results = inRange ? List.copyOf(all.subList(offset, end)) : List.of();
		String next = (end < all.size()) ? nextUrl(request, end) : null;
		return OData.entity(new Page<>(results, next));
	}

	private static int offset(HttpServletRequest request) {
		String value = request.getParameter(SKIP_TOKEN);
		String name = SKIP_TOKEN;
		if (value == null) {
			value = request.getParameter(SKIP);
			name = SKIP;
		}
		if (value == null) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(value.trim());
			if (offset >= 0) {
				return offset;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, like a negative number
		}
		String message = name + " must be a non-negative number, not '" + value + "'";
		throw SandboxODataException.badRequest("INVALID_QUERY_OPTION", message);
	}

	// Built from the decoded parameters, so an encoded "%24skiptoken" is replaced too.
	private static String nextUrl(HttpServletRequest request, int offset) {
		UriComponentsBuilder next = ServletUriComponentsBuilder.fromRequestUri(request);
		request.getParameterMap().forEach((name, values) -> {
			if (!PAGING_PARAMETERS.contains(name)) {
				for (String value : values) {
					next.queryParam(encode(name), encode(value));
				}
			}
		});
		next.queryParam(SKIP_TOKEN, offset);
		return next.build(true).toUriString();
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

}
