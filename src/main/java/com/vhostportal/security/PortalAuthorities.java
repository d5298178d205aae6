package com.vhostportal.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The one place where groups and demo users become roles and teams: each role is granted
 * as {@code ROLE_<role>}, which guards the URLs, and as a {@link TeamGrant} for each of
 * its teams, which scopes tenants and history.
 */
@Component
public class PortalAuthorities {

	private static final Logger logger = LoggerFactory.getLogger(PortalAuthorities.class);

	private static final String NONE_MAPPED = """
			User {}: none of the {} groups is mapped; no role granted""";

	private final List<PortalSecurityProperties.GroupMapping> mappings;

	PortalAuthorities(PortalSecurityProperties properties) {
		this.mappings = properties.groupMappings();
	}

	/**
	 * Maps the groups of a person to authorities through
	 * {@code portal.security.group-mappings}.
	 * @param user the person's name, for the log
	 * @param groups the groups the identity provider listed
	 * @return the authorities; empty if no group is mapped
	 */
	public Set<GrantedAuthority> fromGroups(String user, Collection<String> groups) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (String group : groups) {
			authorities.addAll(fromGroup(user, group));
		}
		if (authorities.isEmpty()) {
			logger.debug(NONE_MAPPED, user, groups.size());
		}
		return authorities;
	}

	private Set<GrantedAuthority> fromGroup(String user, String group) {
		List<PortalSecurityProperties.GroupMapping> matches = this.mappings.stream()
			.filter((mapping) -> group.equals(mapping.group()))
			.toList();
		if (matches.isEmpty()) {
			logger.debug("User {}: group '{}' is not mapped, ignored", user, group);
		}
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (PortalSecurityProperties.GroupMapping mapping : matches) {
			List<PortalRole> roles = mapping.roles();
			String team = mapping.team();
			logger.debug("User {}: group '{}' grants {} in team '{}'", user, group, roles, team);
			authorities.addAll(grant(roles, List.of(team)));
		}
		return authorities;
	}

	/**
	 * Grants each role in each team.
	 * @param roles the roles
	 * @param teams the teams; {@code *} stands for every team
	 * @return the authorities
	 */
	public Set<GrantedAuthority> grant(Collection<PortalRole> roles, Collection<String> teams) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (PortalRole role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
			for (String team : teams) {
				if (team != null && !team.isBlank()) {
					authorities.add(new TeamGrant(team.trim(), role).authority());
				}
			}
		}
		return authorities;
	}

}
