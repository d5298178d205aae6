package com.vhostportal.security;

import java.util.Collection;
import java.util.List;

import com.vhostportal.security.PortalSecurityProperties.GroupMapping;
import com.vhostportal.security.PortalSecurityProperties.Mode;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class PortalAuthoritiesTests {

	private final PortalAuthorities authorities = new PortalAuthorities(properties());

	@Test
	void fromGroupsWhenMappedGroupsThenRolesAndTeamGrants() {
		List<String> granted = grantedTo("ada", "apim-payments-ops", "staff");

		assertThat(granted).containsExactlyInAnyOrder("ROLE_OPERATOR", "TEAM:payments:OPERATOR");
	}

	@Test
	void fromGroupsWhenNoGroupMappedThenNothingGranted() {
		assertThat(this.authorities.fromGroups("eve", List.of("staff", "APIM-ADMINS"))).isEmpty();
	}

	@Test
	void fromGroupsWhenGroupForEveryTeamThenStarGrant() {
		List<String> granted = grantedTo("audrey", "apim-auditors");

		assertThat(granted).containsExactlyInAnyOrder("ROLE_AUDITOR", "TEAM:*:AUDITOR");
	}

	@Test
	void fromGroupsWhenTwoRolesInOneTeamThenEachRoleGrantedInTheTeam() {
		List<String> granted = grantedTo("root", "apim-admins");

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

	private List<String> grantedTo(String user, String... groups) {
		return names(this.authorities.fromGroups(user, List.of(groups)));
	}

	private static PortalSecurityProperties properties() {
		PortalRole operator = PortalRole.OPERATOR;
		PortalRole auditor = PortalRole.AUDITOR;
		PortalRole admin = PortalRole.PORTAL_ADMIN;
		GroupMapping payments = mapping("apim-payments-ops", "payments", operator);
		GroupMapping auditors = mapping("apim-auditors", "*", auditor);
		GroupMapping admins = mapping("apim-admins", "platform", admin, operator);

		List<GroupMapping> mappings = List.of(payments, auditors, admins);
		return new PortalSecurityProperties(Mode.OIDC, List.of(), "groups", mappings);
	}

	private static GroupMapping mapping(String group, String team, PortalRole... roles) {
		return new GroupMapping(group, List.of(roles), team);
	}

	private static List<String> names(Collection<GrantedAuthority> granted) {
		return granted.stream().map(GrantedAuthority::getAuthority).toList();
	}

}
