package com.vhostportal.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * Loads a person signing in through the identity provider and replaces the provider's
 * scopes with the portal's roles and teams, read from the configured groups claim.
 */
class PortalOidcUserService extends OidcUserService {

	private final PortalAuthorities authorities;

	private final String groupsClaim;

	PortalOidcUserService(PortalAuthorities authorities, PortalSecurityProperties properties) {
		this.authorities = authorities;
		this.groupsClaim = properties.groupsClaim();
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);

		Set<GrantedAuthority> granted = this.authorities.fromGroups(user.getName(), groups(user));
		String nameAttribute = request.getClientRegistration()
			.getProviderDetails()
			.getUserInfoEndpoint()
			.getUserNameAttributeName();
		String name = StringUtils.hasText(nameAttribute) ? nameAttribute : "sub";
		return new DefaultOidcUser(granted, user.getIdToken(), user.getUserInfo(), name);
	}

	// Providers send the groups as a JSON array; some send a single group as a plain
	// string.
	private Collection<String> groups(OidcUser user) {
		Object claim = user.getClaims().get(this.groupsClaim);
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (claim instanceof String value) ? List.of(value) : List.of();
	}

}
