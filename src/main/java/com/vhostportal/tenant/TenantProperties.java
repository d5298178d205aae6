package com.vhostportal.tenant;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tenants an operator configured under {@code portal.tenants}.
 *
 * @param tenants the configured tenants, in the order they are offered
 */
@ConfigurationProperties("portal")
public record TenantProperties(@DefaultValue List<Entry> tenants) {

	/**
	 * One configured tenant.
	 *
	 * @param id url-safe, unique id used in links and in the history
	 * @param name display name shown in the tenant picker
	 * @param accountId subaccount subdomain; read off the token URL host when absent
	 * @param fieldLayout request body layout: current, or legacy-2025 for tenants
	 * following the 2025 revision of SAP's help page
	 * @param writeKey key with APIManagement.SelfService.Administrator, which writes
	 * virtual hosts
	 * @param readKey optional APIPortal.Administrator or Guest key, which reads
	 * certificate stores, references, proxies and products
	 * @param team team whose members see and use the tenant; without one, only portal
	 * admins and users of every team see it
	 */
	// @formatter:off
	public record Entry(
			String id,
			String name,
			String accountId,
			@DefaultValue("current") FieldLayout fieldLayout,
			Key writeKey,
			Key readKey,
			String team) {
	// @formatter:on

	}

	/**
	 * A service key, given field by field or as the JSON file SAP issues.
	 *
	 * @param url API portal base URL of the key
	 * @param tokenUrl OAuth2 token endpoint of the key
	 * @param clientId OAuth2 client id of the key
	 * @param clientSecret OAuth2 client secret; set it from the environment, never commit
	 * it
	 * @param serviceKeyFile path of the service key JSON as SAP issues it, instead of the
	 * four fields above
	 */
	// @formatter:off
	public record Key(
			String url,
			String tokenUrl,
			String clientId,
			String clientSecret,
			String serviceKeyFile) {
	// @formatter:on

	}

}
