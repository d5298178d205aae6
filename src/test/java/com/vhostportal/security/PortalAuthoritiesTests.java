package com.vhostportal.security;

import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class PortalAuthoritiesTests {

	private final PortalAuthorities authorities = new PortalAuthorities(
			new PortalSecurityProperties(PortalSecurityProperties.Mode.OIDC, List.of(), "groups",
					List.of(mapping("apim-payments-ops", "payments", PortalRole.OPERATOR),
							mapping("apim-auditors", "*", PortalRole.AUDITOR),
							mapping("apim-admins", "platform", PortalRole.PORTAL_ADMIN, PortalRole.OPERATOR))));

	@Test
	void fromGroupsWhenMappedGroupsThenRolesAndTeamGrants() {
		List<String> granted = names(this.authorities.fromGroups("ada", List.of("apim-payments-ops", "staff")));

		assertThat(granted).containsExactlyInAnyOrder("ROLE_OPERATOR", "TEAM:payments:OPERATOR");
	}

	@Test
	void fromGroupsWhenNoGroupMappedThenNothingGranted() {
		assertThat(this.authorities.fromGroups("eve", List.of("staff", "APIM-ADMINS"))).isEmpty();
	}

	@Test
	void fromGroupsWhenGroupForEveryTeamThenStarGrant() {
		List<String> granted = names(this.authorities.fromGroups("audrey", List.of("apim-auditors")));

		assertThat(granted).containsExactlyInAnyOrder("ROLE_AUDITOR", "TEAM:*:AUDITOR");
	}

	@Test
	void fromGroupsWhenTwoRolesInOneTeamThenEachRoleGrantedInTheTeam() {
		List<String> granted = names(this.authorities.fromGroups("root", List.of("apim-admins")));

		assertThat(granted).containsExactlyInAnyOrder("ROLE_PORTAL_ADMIN", "ROLE_OPERATOR",
				"TEAM:platform:PORTAL_ADMIN", "TEAM:platform:OPERATOR");
	}

	@Test
	void teamGrantWhenReadBackThenSameGrant() {
		TeamGrant grant = new TeamGrant("payments", PortalRole.AUDITOR);

		assertThat(TeamGrant.of(grant.authority())).contains(grant);
		assertThat(grant.covers("payments")).isTrue();
		assertThat(grant.covers("platform")).isFalse();
		assertThat(new TeamGrant("*", PortalRole.AUDITOR).covers(null)).isTrue();
	}

	private static PortalSecurityProperties.GroupMapping mapping(String group, String team, PortalRole... roles) {
		return new PortalSecurityProperties.GroupMapping(group, List.of(roles), team);
	}

	private static List<String> names(Collection<GrantedAuthority> granted) {
		return granted.stream().map(GrantedAuthority::getAuthority).toList();
	}

}
