package com.vhostportal.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in to the portal and what their identity provider groups let them do.
 *
 * @param mode the sign-in mode; {@code demo} signs in the users listed below with a form,
 * {@code oidc} sends people to the identity provider configured under
 * {@code spring.security.oauth2.client.*}
 * @param demoUsers the users of demo mode, with their passwords, roles and teams
 * @param groupsClaim the ID token or user info claim that lists a person's groups
 * @param groupMappings which group grants which role in which team
 */
@ConfigurationProperties("portal.security")
// @formatter:off
public record PortalSecurityProperties(
		@DefaultValue("demo") Mode mode,
		@DefaultValue List<DemoUser> demoUsers,
		@DefaultValue("groups") String groupsClaim,
		@DefaultValue List<GroupMapping> groupMappings) {
// @formatter:on

	/**
	 * Sign-in modes.
	 */
	public enum Mode {

		/** Form sign-in with the configured demo users; for trying the portal out. */
		DEMO,

		/** Sign-in through an OpenID Connect identity provider. */
		OIDC

	}

	/**
	 * A user of demo mode.
	 *
	 * @param username the name to sign in with
	 * @param password the password, in plain text or with a {@code {bcrypt}}-style prefix
	 * @param roles the roles of the user, held in each of its teams
	 * @param teams the teams of the user; {@code *} stands for every team
	 */
	public record DemoUser(String username, String password, @DefaultValue List<PortalRole> roles,
			@DefaultValue List<String> teams) {

	}

	/**
	 * One group of the identity provider and what it grants.
	 *
	 * @param group the group name exactly as the groups claim lists it
	 * @param roles the roles the group grants
	 * @param team the team the roles apply to; {@code *} stands for every team
	 */
	public record GroupMapping(String group, @DefaultValue List<PortalRole> roles, String team) {

	}

}
