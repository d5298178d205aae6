package com.vhostportal.apim;

import java.util.Optional;

import com.vhostportal.tenant.KeyRole;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One OAuth2 client registration per service key of each tenant, with the registration id
 * {@link Tenant#registrationId(KeyRole)}. Tenants are looked up on every call, so a
 * tenant the directory learns about later needs no restart here.
 */
class TenantClientRegistrations implements ReactiveClientRegistrationRepository {

	private final TenantDirectory tenants;

	TenantClientRegistrations(TenantDirectory tenants) {
		this.tenants = tenants;
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		return Mono.justOrEmpty(registration(registrationId));
	}

	private Optional<ClientRegistration> registration(String registrationId) {
		int colon = registrationId.lastIndexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}
		String suffix = registrationId.substring(colon + 1);
		KeyRole role = "read".equals(suffix) ? KeyRole.READ : KeyRole.WRITE;
		return this.tenants.find(registrationId.substring(0, colon))
			.filter((tenant) -> tenant.registrationId(role).equals(registrationId))
			.map((tenant) -> registration(registrationId, tenant.key(role)));
	}

	private static ClientRegistration registration(String registrationId, ServiceKey key) {
		return ClientRegistration.withRegistrationId(registrationId)
			.clientId(key.clientId())
			.clientSecret(key.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokenUri(key.tokenUrl()))
			.build();
	}

	// SAP documents the grant type as a query parameter of the token URL; Spring also
	// sends it in the form body, which XSUAA accepts as well.
	private static String tokenUri(String tokenUrl) {
		return UriComponentsBuilder.fromUriString(tokenUrl)
			.replaceQueryParam("grant_type", "client_credentials")
			.build()
			.toUriString();
	}

}
