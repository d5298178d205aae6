package com.vhostportal.apim;

import com.vhostportal.tenant.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Wires the calls to API Management. The OAuth2 client parts are reactive-typed and named
 * {@code apim*} on purpose: servlet-typed registration or authorized client beans would
 * switch off, or clash with, the OAuth2 login that Spring Boot configures from
 * {@code spring.security.oauth2.client.*}.
 */
@Configuration(proxyBeanMethods = false)
class ApimConfiguration {

	@Bean
	TenantClientRegistrations apimClientRegistrations(TenantDirectory tenants) {
		return new TenantClientRegistrations(tenants);
	}

	// @formatter:off
	@Bean
	ApimCalls apimCalls(
			WebClient.Builder builder,
			TenantClientRegistrations registrations,
			ApimProperties properties,
			MeterRegistry meters) {
	// @formatter:on
		WebClient webClient = ApimWebClients.create(builder, registrations, properties, meters);
		return new ApimCalls(webClient, properties);
	}

	@Bean
	ResilientReads apimResilientReads(ApimCalls apimCalls, ApimReadProperties properties) {
		return new ResilientReads(apimCalls, properties);
	}

}
