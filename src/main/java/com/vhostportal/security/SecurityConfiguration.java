package com.vhostportal.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what: operators use the forms, auditors read the history, and the
 * built-in sandbox checks its own bearer tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	private static final String OPERATOR = PortalRole.OPERATOR.name();

	private static final String AUDITOR = PortalRole.AUDITOR.name();

	private static final String PORTAL_ADMIN = PortalRole.PORTAL_ADMIN.name();

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
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portalSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login", "/error",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers("/virtual-hosts/**")
			.hasRole(OPERATOR)
			.requestMatchers(HttpMethod.GET, "/history/**")
			.hasAnyRole(OPERATOR, AUDITOR, PORTAL_ADMIN)
			.requestMatchers("/history/**")
			.denyAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.httpBasic((basic) -> basic.disable())
			.csrf(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager demoUserDetailsService(PortalSecurityProperties properties) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<UserDetails> users = properties.demoUsers().stream().map((user) -> demoUser(user, encoder)).toList();
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails demoUser(PortalSecurityProperties.DemoUser user, PasswordEncoder encoder) {
		String password = user.password().startsWith("{") ? user.password() : encoder.encode(user.password());
		String[] roles = user.roles().stream().map(PortalRole::name).toArray(String[]::new);
		return User.withUsername(user.username()).password(password).roles(roles).build();
	}

}
