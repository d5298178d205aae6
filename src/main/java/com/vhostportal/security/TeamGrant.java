package com.vhostportal.security;

import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A role held in one team, carried as the authority {@code TEAM:<team>:<role>} next to
 * the plain {@code ROLE_<role>} that guards the URLs. The team {@code *} stands for every
 * team.
 *
 * @param team the team, or {@code *}
 * @param role the role held in it
 */
public record TeamGrant(String team, PortalRole role) {

	/** The team name that stands for every team. */
	public static final String ALL_TEAMS = "*";

	private static final String PREFIX = "TEAM:";

	/**
	 * Returns whether this grant applies to a team.
	 * @param other the team of a tenant or history record, or {@code null}
	 * @return {@code true} if this grant is for that team or for every team
	 */
	public boolean covers(String other) {
		return ALL_TEAMS.equals(this.team) || this.team.equals(other);
	}

	/**
	 * Returns this grant as a Spring Security authority.
	 * @return the authority
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority(PREFIX + this.team + ":" + this.role.name());
	}

	/**
	 * Reads a grant back from an authority.
	 * @param authority any authority
	 * @return the grant, if the authority is one
	 */
	public static Optional<TeamGrant> of(GrantedAuthority authority) {
		String value = authority.getAuthority();
		if (value == null || !value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int colon = value.lastIndexOf(':');
		try {
			PortalRole role = PortalRole.valueOf(value.substring(colon + 1));
			return Optional.of(new TeamGrant(value.substring(PREFIX.length(), colon), role));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
