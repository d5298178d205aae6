package com.vhostportal.apim;

import java.util.List;
import java.util.Optional;

import com.vhostportal.tenant.TenantDirectory;
import com.vhostportal.tenant.TenantProperties;
import com.vhostportal.tenant.TenantProperties.Entry;
import com.vhostportal.tenant.TenantProperties.Key;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static com.vhostportal.tenant.FieldLayout.CURRENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TenantClientRegistrations}.
 */
class TenantClientRegistrationsTests {

	private static final String URL = "https://apim.example.com";

	private static final String AUTH_URL = "https://acme.authentication.eu10.hana.ondemand.com";

	private static final String TOKEN_URL = AUTH_URL + "/oauth/token";

	private final TenantClientRegistrations repository = new TenantClientRegistrations(tenants());

	@Test
	void findWhenWriteKeyThenClientCredentialsWithBasicAuthAndGrantTypeInTokenUri() {
		ClientRegistration registration = find("acme:write").orElseThrow();

		assertThat(registration.getClientId()).isEqualTo("writer");
		assertThat(registration.getClientSecret()).isEqualTo("w-secret");
		AuthorizationGrantType clientCredentials = AuthorizationGrantType.CLIENT_CREDENTIALS;
		assertThat(registration.getAuthorizationGrantType()).isEqualTo(clientCredentials);
		assertThat(registration.getClientAuthenticationMethod())
			.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		assertThat(registration.getProviderDetails().getTokenUri())
			.isEqualTo(TOKEN_URL + "?grant_type=client_credentials");
	}

	@Test
	void findWhenReadKeyThenItsCredentials() {
		ClientRegistration registration = find("acme:read").orElseThrow();

		assertThat(registration.getClientId()).isEqualTo("reader");
	}

	@Test
	void findWhenTenantHasNoReadKeyOrIsUnknownThenEmpty() {
		assertThat(find("solo:read")).isEmpty();
		assertThat(find("nobody:write")).isEmpty();
		assertThat(find("acme")).isEmpty();
	}

	private Optional<ClientRegistration> find(String registrationId) {
		return this.repository.findByRegistrationId(registrationId).blockOptional();
	}

	private static TenantDirectory tenants() {
		Key writer = new Key(URL, TOKEN_URL, "writer", "w-secret", null);
		Key reader = new Key(URL, TOKEN_URL, "reader", "r-secret", null);
		Key soloWriter = new Key(URL, TOKEN_URL, "solo-writer", "s-secret", null);
		Entry acme = new Entry("acme", null, null, CURRENT, writer, reader, "platform");
		Entry solo = new Entry("solo", null, null, CURRENT, soloWriter, null, "platform");

		return new TenantDirectory(new TenantProperties(List.of(acme, solo)));
	}

}
