package com.vhostportal.certificate;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The team resolver while the portal has no teams: nobody has a team, so the default
 * certificate policy applies to everyone. Teams replace this bean with one that reads
 * their membership.
 */
@Component
class NoTeams implements TeamResolver {

	@Override
	public Optional<String> teamOf(String username) {
		return Optional.empty();
	}

}
