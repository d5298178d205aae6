package com.vhostportal.security.oidc;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the sign-in tests: Spring Authorization Server on a
 * random port, with one client for the portal and people whose ID tokens carry a
 * {@code groups} claim. Not a {@code @Configuration}, so the portal's component scan
 * never picks it up.
 */
@EnableAutoConfiguration
class TestIdentityProvider {

	static final String PASSWORD = "correct horse";

	/** Each person's groups, display name and e-mail. */
	static final Map<String, List<String>> GROUPS = groups();

	@Bean
	InMemoryUserDetailsManager people() {
		Stream<UserDetails> people = GROUPS.keySet().stream().map(TestIdentityProvider::person);
		return new InMemoryUserDetailsManager(people.toList());
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> groupsInIdToken() {
		return (context) -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				String name = context.getPrincipal().getName();
				context.getClaims()
					.claim("groups", GROUPS.get(name))
					.claim("name", name.toUpperCase() + " Example")
					.claim("email", name + "@example.com");
			}
		};
	}

	/**
	 * Starts the provider with one client whose redirect URIs point at the portal.
	 * @param portalBaseUrl the portal's base URL, e.g. {@code http://localhost:8080}
	 * @return the running provider
	 */
	static ConfigurableApplicationContext start(String portalBaseUrl) {
		String client = "spring.security.oauth2.authorizationserver.client.portal.";
		String registration = client + "registration.";
		String redirectUri = portalBaseUrl + "/login/oauth2/code/test";
		String logoutUri = portalBaseUrl + "/login?logout";
		return new SpringApplicationBuilder(TestIdentityProvider.class)
			.properties("spring.config.name=test-identity-provider", "server.port=0")
			.properties("spring.flyway.enabled=false", "spring.main.banner-mode=off")
			.properties("portal.sandbox.enabled=false")
			.properties(registration + "client-id=portal")
			.properties(registration + "client-secret={noop}s3cret")
			.properties(registration + "client-authentication-methods=client_secret_basic")
			.properties(registration + "authorization-grant-types=authorization_code")
			.properties(registration + "redirect-uris=" + redirectUri)
			.properties(registration + "post-logout-redirect-uris=" + logoutUri)
			.properties(registration + "scopes=openid,profile,email")
			.properties(client + "require-authorization-consent=false")
			.run();
	}

	private static Map<String, List<String>> groups() {
		List<String> platformOperator = List.of("apim-platform-ops", "staff");
		List<String> auditor = List.of("apim-auditors");
		List<String> staffOnly = List.of("staff");
		return Map.of("ada", platformOperator, "audrey", auditor, "eve", staffOnly);
	}

	private static UserDetails person(String name) {
		return User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
	}

}
