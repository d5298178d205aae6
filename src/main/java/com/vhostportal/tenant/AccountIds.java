package com.vhostportal.tenant;

import java.net.URI;
import java.util.Locale;

/**
 * Derives the {@code accountId} API Management expects from a token URL.
 */
public final class AccountIds {

	private AccountIds() {
	}

	/**
	 * Reads the subaccount subdomain off a token URL such as
	 * {@code https://acme.authentication.eu10.hana.ondemand.com/oauth/token}.
	 * @param tokenUrl the token URL
	 * @return the lowercase subdomain
	 * @throws IllegalArgumentException if the URL has no subdomain to read
	 */
	public static String fromTokenUrl(String tokenUrl) {
		String host = URI.create(tokenUrl).getHost();
		int dot = (host != null) ? host.indexOf('.') : -1;
		if (dot <= 0) {
			String problem = "cannot read an account id off the token URL host '" + host + "'";
			throw new IllegalArgumentException(problem + "; set account-id explicitly");
		}
		return host.substring(0, dot).toLowerCase(Locale.ROOT);
	}

}
