package com.vhostportal.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which teams the signed-in person may see and act for. A {@code PORTAL_ADMIN} sees and
 * acts for every team; everyone else for the teams of their {@link TeamGrant grants}
 * only. Something without a team belongs to no team: only those who see every team see
 * it.
 */
@Component
public class TeamScope {

	/**
	 * Returns whether the signed-in person may submit requests for a team's tenants.
	 * @param team the team of a tenant
	 * @return {@code true} if allowed
	 */
	public boolean mayOperate(String team) {
		return admin() || grants().anyMatch((grant) -> operates(grant) && grant.covers(team));
	}

	/**
	 * Returns whether the signed-in person may see a team's tenants and history.
	 * @param team the team of a tenant or history record
	 * @return {@code true} if allowed
	 */
	public boolean mayRead(String team) {
		return admin() || grants().anyMatch((grant) -> grant.covers(team));
	}

	/**
	 * Returns the teams whose history the signed-in person may read.
	 * @return the teams, or every team
	 */
	public Teams readableTeams() {
		if (admin() || grants().anyMatch(TeamScope::coversAllTeams)) {
			return new Teams(true, Set.of());
		}
		Set<String> teams = grants().map(TeamGrant::team).collect(Collectors.toUnmodifiableSet());
		return new Teams(false, teams);
	}

	/**
	 * Returns the teams for which the signed-in person may submit requests and register
	 * tenants.
	 * @return the teams, or every team
	 */
	public Teams operableTeams() {
		if (admin() || grants().anyMatch((grant) -> operates(grant) && coversAllTeams(grant))) {
			return new Teams(true, Set.of());
		}
		return new Teams(false,
				grants().filter(TeamScope::operates)
					.map(TeamGrant::team)
					.collect(Collectors.toCollection(TreeSet::new)));
	}

	/**
	 * Returns whether the signed-in person is a {@code PORTAL_ADMIN}.
	 * @return {@code true} if so
	 */
	public boolean admin() {
		return hasAuthority(PortalRole.PORTAL_ADMIN.authority()::equals);
	}

	private Stream<TeamGrant> grants() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Stream.empty();
		}
		Stream<? extends GrantedAuthority> authorities = authentication.getAuthorities().stream();
		return authorities.map(TeamGrant::of).flatMap(Optional::stream);
	}

	private static boolean operates(TeamGrant grant) {
		return grant.role() == PortalRole.OPERATOR;
	}

	private static boolean coversAllTeams(TeamGrant grant) {
		return TeamGrant.ALL_TEAMS.equals(grant.team());
	}

	private static boolean hasAuthority(Predicate<String> test) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> test.test(authority.getAuthority()));
	}

	/**
	 * A set of teams.
	 *
	 * @param all whether every team is meant; {@code names} is empty then
	 * @param names the teams
	 */
	public record Teams(boolean all, Set<String> names) {

	}

}
