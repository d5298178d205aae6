package com.vhostportal.certificate;

import java.util.Optional;

/**
 * Finds the team a user belongs to, so that the team's certificate policy applies.
 */
@FunctionalInterface
public interface TeamResolver {

	/**
	 * Returns the user's team.
	 * @param username the signed-in user
	 * @return the team name, or empty when the user has none
	 */
	Optional<String> teamOf(String username);

}
