package com.vhostportal.tenant;

import java.util.Objects;

/**
 * The credentials of one API Management service key.
 *
 * @param url the API portal base URL, without a trailing slash
 * @param tokenUrl the OAuth2 token endpoint
 * @param clientId the OAuth2 client id
 * @param clientSecret the OAuth2 client secret; never printed
 */
public record ServiceKey(String url, String tokenUrl, String clientId, String clientSecret) {

	public ServiceKey {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(tokenUrl, "tokenUrl");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		url = stripTrailingSlash(url);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String toString() {
		String shown = "ServiceKey[url=" + this.url + ", tokenUrl=" + this.tokenUrl;
		return shown + ", clientId=" + this.clientId + ", clientSecret=******]";
	}

}
