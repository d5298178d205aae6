package com.vhostportal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who made a change, as the history records it: SAP itself records only the technical
 * client of the service key.
 *
 * @param username the name the person signed in with
 * @param subject the identity provider's stable subject, or {@code demo:<name>} in demo
 * mode
 * @param displayName the person's name as the identity provider gives it
 * @param email the person's e-mail address, or {@code null}
 */
public record SignedInPerson(String username, String subject, String displayName, String email) {

	/**
	 * Reads the person from an authentication.
	 * @param authentication the signed-in person's authentication
	 * @return the person
	 */
	public static SignedInPerson of(Authentication authentication) {
		String username = authentication.getName();
		if (authentication.getPrincipal() instanceof OidcUser user) {
			String name = (user.getFullName() != null) ? user.getFullName() : username;
			return new SignedInPerson(username, user.getSubject(), name, user.getEmail());
		}
		return new SignedInPerson(username, "demo:" + username, username, null);
	}

}
