package com.vhostportal.apim;

import java.time.Instant;

/**
 * A virtual host as {@code Management.svc/VirtualHosts} lists it.
 *
 * @param id the id used as {@code virtualHostId}
 * @param name the alias
 * @param host the full host name
 * @param port the port
 * @param defaultHost whether it is the tenant's default host
 * @param ssl whether it serves TLS
 * @param customDomain whether it is on a custom domain
 * @param clientAuth whether mTLS is on
 * @param keyStoreName the keystore, or {@code null}
 * @param keyStoreAlias the key alias, or {@code null}
 * @param trustStore the truststore, or {@code null}
 * @param changedAt when it last changed, or {@code null}
 */
// @formatter:off
public record VirtualHost(
		String id,
		String name,
		String host,
		Integer port,
		boolean defaultHost,
		boolean ssl,
		boolean customDomain,
		boolean clientAuth,
		String keyStoreName,
		String keyStoreAlias,
		String trustStore,
		Instant changedAt) {
// @formatter:on

}
