package com.vhostportal.apim;

import java.time.Duration;
import java.util.List;

import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.TenantDirectory;
import com.vhostportal.tenant.TenantProperties;
import com.vhostportal.tenant.TenantProperties.Entry;
import com.vhostportal.tenant.TenantProperties.Key;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApimConfiguration} and the binding of {@link ApimProperties}.
 */
class ApimConfigurationTests {

	private static final String APIM_REGISTRATIONS = "apimClientRegistrations";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
		.withUserConfiguration(TenantsConfiguration.class, ApimConfiguration.class)
		.withBean(VirtualHostRequestClient.class)
		.withBean(ManagementClient.class)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

	@Test
	void contextWhenStartedThenClientsWiredWithoutServletOAuth2ClientBeans() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasBean("apimClientRegistrations").hasBean("apimCalls");
			assertThat(context).hasSingleBean(VirtualHostRequestClient.class);
			assertThat(context).hasSingleBean(ManagementClient.class);
			assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class)
				.doesNotHaveBean(OAuth2AuthorizedClientService.class)
				.doesNotHaveBean(OAuth2AuthorizedClientRepository.class)
				.doesNotHaveBean(OAuth2AuthorizedClientManager.class);
		});
	}

	@Test
	void contextWhenSignInRegistrationsExistThenApimAndSignInRegistrationsStaySeparate() {
		ClientRegistration signIn = ClientRegistration.withRegistrationId("company")
			.clientId("portal")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://idp.example.com/authorize")
			.tokenUri("https://idp.example.com/token")
			.build();
		ClientRegistrationRepository signIns = new InMemoryClientRegistrationRepository(signIn);

		this.runner.withBean(ClientRegistrationRepository.class, () -> signIns).run((context) -> {
			ReactiveClientRegistrationRepository apim = apimRegistrations(context);
			var login = context.getBean(ClientRegistrationRepository.class);

			assertThat(apim.findByRegistrationId("company").blockOptional()).isEmpty();
			assertThat(apim.findByRegistrationId("acme:write").blockOptional()).isPresent();
			assertThat(login.findByRegistrationId("acme:write")).isNull();
			assertThat(context).hasSingleBean(ClientRegistrationRepository.class);
		});
	}

	@Test
	void propertiesWhenNothingSetThenDocumentedDefaults() {
		this.runner.run((context) -> {
			ApimProperties properties = context.getBean(ApimProperties.class);
			assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.correlationHeader()).isEqualTo("X-Correlation-ID");
			assertThat(properties.tokenRefreshSkew()).isEqualTo(Duration.ofSeconds(60));
			assertThat(properties.keystoreType()).isEqualTo("KEYSTORE");
			assertThat(properties.truststoreType()).isEqualTo("TRUSTSTORE");
			assertThat(properties.maxPages()).isEqualTo(100);
			assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofMegabytes(16));
		});
	}

	@Test
	void propertiesWhenSetThenBound() {
		this.runner.withPropertyValues("portal.apim.connect-timeout=2s")
			.withPropertyValues("portal.apim.response-timeout=1m")
			.withPropertyValues("portal.apim.keystore-type=KEY_STORE")
			.withPropertyValues("portal.apim.max-pages=7")
			.run((context) -> {
				ApimProperties properties = context.getBean(ApimProperties.class);
				assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.responseTimeout()).isEqualTo(Duration.ofMinutes(1));
				assertThat(properties.maxPages()).isEqualTo(7);
				assertThat(properties.storeKind("key_store")).isEqualTo(StoreKind.KEYSTORE);
				assertThat(properties.storeKind("KEYSTORE")).isEqualTo(StoreKind.UNKNOWN);
			});
	}

	private static ReactiveClientRegistrationRepository apimRegistrations(BeanFactory beans) {
		return beans.getBean(APIM_REGISTRATIONS, ReactiveClientRegistrationRepository.class);
	}

	private static TenantDirectory oneTenant() {
		String tokenUrl = "https://acme.authentication.example.com/oauth/token";
		Key key = new Key("https://apim.example.com", tokenUrl, "writer", "secret", null);
		Entry acme = new Entry("acme", "ACME", null, FieldLayout.CURRENT, key, null, "platform");

		return new TenantDirectory(new TenantProperties(List.of(acme)));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ApimProperties.class, ApimReadProperties.class })
	static class TenantsConfiguration {

		@Bean
		TenantDirectory tenantDirectory() {
			return oneTenant();
		}

	}

}
