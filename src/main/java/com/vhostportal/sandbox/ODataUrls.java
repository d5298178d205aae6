package com.vhostportal.sandbox;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Builds the absolute URLs OData V2 answers carry: entity URLs such as
 * {@code .../CertificateStores('name')} and the links of deferred navigation properties.
 */
final class ODataUrls {

	private ODataUrls() {
	}

	/**
	 * Returns the absolute URL of the entity set a request reads, without its query.
	 * @param request the request
	 * @return the URL
	 */
	static String entitySet(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequestUri(request).build(true).toUriString();
	}

	/**
	 * Returns the URL of one entity of a set.
	 * @param entitySetUrl the URL of the set
	 * @param key the entity's key
	 * @return the URL, with the key quoted and encoded
	 */
	static String entity(String entitySetUrl, String key) {
		String encoded = UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
		return entitySetUrl + "('" + encoded + "')";
	}

}
