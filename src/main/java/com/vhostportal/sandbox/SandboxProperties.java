package com.vhostportal.sandbox;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the built-in API Management sandbox. The client secrets come from the
 * environment or, when unset, are generated at start-up by
 * {@link SandboxSecretsEnvironmentPostProcessor}.
 *
 * @param enabled whether the sandbox is served under /sandbox/apim; never enable it on a
 * hosted instance
 * @param accountId account id (subaccount subdomain) the sandbox accepts in virtual host
 * requests
 * @param writeClientId OAuth2 client id of the sandbox key with the
 * APIManagement.SelfService.Administrator role
 * @param writeClientSecret OAuth2 client secret of the write client; random per start
 * unless set
 * @param readClientId OAuth2 client id of the sandbox key with the
 * APIPortal.Administrator role
 * @param readClientSecret OAuth2 client secret of the read client; random per start
 * unless set
 * @param pageSize number of entries per page of a Management.svc list, kept small so that
 * clients exercise the __next links
 * @param tokenLifetime how long an access token issued by the sandbox stays valid
 */
@ConfigurationProperties("portal.sandbox")
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
// @formatter:off
public record SandboxProperties(
		boolean enabled,
		@DefaultValue("sandbox") String accountId,
		@DefaultValue(SandboxProperties.DEFAULT_WRITE_CLIENT_ID) String writeClientId,
		String writeClientSecret,
		@DefaultValue(SandboxProperties.DEFAULT_READ_CLIENT_ID) String readClientId,
		String readClientSecret,
		@DefaultValue("2") int pageSize,
		@DefaultValue("1h") Duration tokenLifetime) {
// @formatter:on

	static final String DEFAULT_WRITE_CLIENT_ID = "sandbox-selfservice";

	static final String DEFAULT_READ_CLIENT_ID = "sandbox-admin";

	public SandboxProperties {
		if (pageSize < 1) {
			throw new IllegalArgumentException("portal.sandbox.page-size must be at least 1");
		}
	}

	@Override
	public String toString() {
		String tenant = "enabled=" + this.enabled + ", accountId=" + this.accountId;
		String write = "writeClientId=" + this.writeClientId + ", writeClientSecret=******";
		String read = "readClientId=" + this.readClientId + ", readClientSecret=******";
		String paging = "pageSize=" + this.pageSize + ", tokenLifetime=" + this.tokenLifetime;
		return "SandboxProperties[" + tenant + ", " + write + ", " + read + ", " + paging + "]";
	}

}
