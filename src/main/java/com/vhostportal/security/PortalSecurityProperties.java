package com.vhostportal.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in to the portal.
 *
 * @param mode the sign-in mode; {@code demo} signs in the users listed below with a form
 * @param demoUsers the users of demo mode, with their passwords and roles
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(@DefaultValue("demo") Mode mode, @DefaultValue List<DemoUser> demoUsers) {

	/**
	 * Sign-in modes.
	 */
	public enum Mode {

		/** Form sign-in with the configured demo users; for trying the portal out. */
		DEMO

	}

	/**
	 * A user of demo mode.
	 *
	 * @param username the name to sign in with
	 * @param password the password, in plain text or with a {@code {bcrypt}}-style prefix
	 * @param roles the roles of the user
	 */
	public record DemoUser(String username, String password, @DefaultValue List<PortalRole> roles) {

	}

}
