package com.vhostportal.vhost;

import java.util.List;

import com.vhostportal.apim.ApiProxy;

/**
 * The API proxies that use a virtual host, or why they could not be read.
 *
 * @param proxies the proxies whose end points use the host
 * @param products the products those proxies belong to, each once
 * @param notice the message key saying why they could not be read, or {@code null}
 * @param detail the upstream error message, or {@code null}
 */
// @formatter:off
public record ProxyUsage(
		List<ApiProxy> proxies,
		List<String> products,
		String notice,
		String detail) {
// @formatter:on

	public boolean known() {
		return this.notice == null;
	}

}
