package com.vhostportal.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vhostportal.security.PortalSecurityProperties.DemoUser;

import static org.springframework.security.config.http.SessionCreationPolicy.STATELESS;

/**
 * Who may reach what: operators use the forms, auditors read the history, portal admins
 * manage tenants, and the built-in sandbox checks its own bearer tokens. People sign in
 * with a form in demo mode and through the identity provider in OIDC mode.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = """
			default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
			form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'""";

	private static final String MODE = "portal.security.mode";

	private static final String NO_IDENTITY_PROVIDER = """
			portal.security.mode is oidc but no identity provider is configured: set \
			spring.security.oauth2.client.registration.<id>.* (see README, Sign-in)""";

	private static final String[] ASSETS = { "/css/**", "/js/**", "/webjars/**", "/favicon.ico" };

	private static final String[] PUBLIC_PAGES = { "/login", "/error", "/actuator/health/**" };

	private static final String OPERATOR = PortalRole.OPERATOR.name();

	private static final String AUDITOR = PortalRole.AUDITOR.name();

	private static final String PORTAL_ADMIN = PortalRole.PORTAL_ADMIN.name();

	private static final String SIGNED_OUT_URL = "/login?logout";

	private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

	// The sandbox stands in for API Management: it authenticates its callers with its own
	// client credentials and bearer tokens, as the real service does, so no session
	// applies.
	@Bean
	@Order(1)
	@ConditionalOnBooleanProperty("portal.sandbox.enabled")
	SecurityFilterChain sandboxSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher("/sandbox/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(STATELESS))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	// @formatter:off
	@Bean
	@Order(2)
	SecurityFilterChain portalSecurityFilterChain(
			HttpSecurity http,
			PortalSecurityProperties properties,
			ObjectProvider<ClientRegistrationRepository> registrations,
			PortalAuthorities authorities) {
	// @formatter:on
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(ASSETS)
			.permitAll()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/tenants/**")
			.hasAnyRole(OPERATOR, PORTAL_ADMIN)
			.requestMatchers("/virtual-hosts/**")
			.hasRole(OPERATOR)
			.requestMatchers(HttpMethod.GET, "/history/verify")
			.hasAnyRole(AUDITOR, PORTAL_ADMIN)
			.requestMatchers(HttpMethod.GET, "/history/**")
			.hasAnyRole(OPERATOR, AUDITOR, PORTAL_ADMIN)
			.requestMatchers("/history/**")
			.denyAll()
			.anyRequest()
			.authenticated())
			.headers(SecurityConfiguration::securityHeaders)
			.sessionManagement(SecurityConfiguration::renewSessionIdOnSignIn)
			.httpBasic((basic) -> basic.disable())
			.csrf(Customizer.withDefaults());
		if (properties.mode() == PortalSecurityProperties.Mode.OIDC) {
			ClientRegistrationRepository repository = registrations.getIfAvailable(() -> {
				throw new IllegalStateException(NO_IDENTITY_PROVIDER);
			});
			var users = new PortalOidcUserService(authorities, properties);
			http.oauth2Login((login) -> login.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(users)))
				.logout((logout) -> logout.logoutSuccessHandler(providerLogout(repository)));
		}
		else {
			http.formLogin((form) -> form.loginPage("/login").permitAll())
				.logout((logout) -> logout.logoutSuccessUrl(SIGNED_OUT_URL));
		}
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny())
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
	}

	private static void renewSessionIdOnSignIn(SessionManagementConfigurer<HttpSecurity> session) {
		session.sessionFixation((fixation) -> fixation.changeSessionId());
	}

	// Ends the provider's session too where the provider announces an
	// end_session_endpoint
	// (RP-initiated logout); otherwise only the portal's session ends.
	private static LogoutSuccessHandler providerLogout(ClientRegistrationRepository repository) {
		var handler = new OidcClientInitiatedLogoutSuccessHandler(repository);
		handler.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT_URL);
		handler.setDefaultTargetUrl(SIGNED_OUT_URL);
		return handler;
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "demo", matchIfMissing = true)
	InMemoryUserDetailsManager demoUserDetailsService(PortalSecurityProperties properties,
			PortalAuthorities authorities) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<UserDetails> users = properties.demoUsers()
			.stream()
			.map((user) -> User.withUsername(user.username())
				.password(password(user, encoder))
				.authorities(authorities.grant(user.roles(), user.teams()))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	private static String password(DemoUser user, PasswordEncoder encoder) {
		String password = user.password();
		return password.startsWith("{") ? password : encoder.encode(password);
	}

}
