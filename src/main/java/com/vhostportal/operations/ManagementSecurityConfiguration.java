package com.vhostportal.operations;

import com.vhostportal.security.PortalRole;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the actuator endpoints: health for anyone, info and metrics on the
 * separate management port or for a portal administrator.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, ManagementPort port) {
		var health = EndpointRequest.to("health");
		var infoAndMetrics = EndpointRequest.to("info", "prometheus");
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(health)
				.permitAll()
				.requestMatchers(infoAndMetrics)
				.access(onManagementPortOrAdmin(port))
				.anyRequest()
				.denyAll())
			.httpBasic((basic) -> basic.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> onManagementPortOrAdmin(
			ManagementPort managementPort) {
		AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager
			.hasRole(PortalRole.PORTAL_ADMIN.name());
		return (authentication, context) -> {
			if (managementPort.isManagementPort(context.getRequest().getLocalPort())) {
				return new AuthorizationDecision(true);
			}
			return admin.authorize(authentication, context);
		};
	}

}
