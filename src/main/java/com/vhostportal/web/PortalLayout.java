package com.vhostportal.web;

import java.util.Arrays;

import com.vhostportal.security.PortalRole;
import com.vhostportal.security.PortalSecurityProperties;
import com.vhostportal.security.SignedInPerson;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every page's layout shows: the demo banner, the signed-in user and the menu
 * entries the user may use. A bean rather than model attributes so that error pages,
 * which get no model, show the same layout.
 */
@Component("portalLayout")
public class PortalLayout {

	private final PortalSecurityProperties security;

	PortalLayout(PortalSecurityProperties security) {
		this.security = security;
	}

	public boolean demoMode() {
		return this.security.mode() == PortalSecurityProperties.Mode.DEMO;
	}

	public String currentUser() {
		Authentication authentication = signedIn();
		return (authentication != null) ? SignedInPerson.of(authentication).displayName() : null;
	}

	public boolean canSubmit() {
		return hasRole(PortalRole.OPERATOR);
	}

	public boolean canManageTenants() {
		return hasRole(PortalRole.OPERATOR) || hasRole(PortalRole.PORTAL_ADMIN);
	}

	public boolean canReadHistory() {
		return hasAnyRole(PortalRole.OPERATOR, PortalRole.AUDITOR, PortalRole.PORTAL_ADMIN);
	}

	/**
	 * Returns whether the signed-in user may verify the audit chain.
	 * @return {@code true} for auditors and portal admins
	 */
	public boolean canVerifyHistory() {
		return hasRole(PortalRole.AUDITOR) || hasRole(PortalRole.PORTAL_ADMIN);
	}

	private boolean hasAnyRole(PortalRole... roles) {
		return Arrays.stream(roles).anyMatch(this::hasRole);
	}

	private boolean hasRole(PortalRole role) {
		Authentication authentication = signedIn();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> role.authority().equals(authority.getAuthority()));
	}

	private static Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal());
		return anonymous ? null : authentication;
	}

}
