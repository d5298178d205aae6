package com.vhostportal.support;

import java.util.List;

import com.vhostportal.security.PortalRole;
import com.vhostportal.security.TeamGrant;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in people for MockMvc tests, with their roles held in teams as the portal grants
 * them.
 */
public final class TestUsers {

	private TestUsers() {
	}

	/**
	 * A person holding one role in one team.
	 * @param name the user name
	 * @param role the role
	 * @param team the team, or {@code *}
	 * @return the request post-processor
	 */
	public static RequestPostProcessor person(String name, PortalRole role, String team) {
		GrantedAuthority roleGrant = new SimpleGrantedAuthority(role.authority());
		GrantedAuthority teamGrant = new TeamGrant(team, role).authority();
		return user(name).authorities(List.of(roleGrant, teamGrant));
	}

	/**
	 * An operator of team {@code platform}, which the sandbox tenants belong to.
	 * @return the request post-processor
	 */
	public static RequestPostProcessor platformOperator() {
		return person("ada", PortalRole.OPERATOR, "platform");
	}

	/**
	 * An auditor of every team.
	 * @return the request post-processor
	 */
	public static RequestPostProcessor auditorOfAllTeams() {
		return person("audrey", PortalRole.AUDITOR, TeamGrant.ALL_TEAMS);
	}

}
