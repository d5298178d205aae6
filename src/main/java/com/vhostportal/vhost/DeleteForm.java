package com.vhostportal.vhost;

import jakarta.validation.constraints.NotBlank;

/**
 * The confirmation a user types before a host is deleted.
 *
 * @param confirmation the host's name, typed again
 */
// @formatter:off
record DeleteForm(
		@NotBlank(message = "{vhost.delete.confirmation.required}") String confirmation) {
// @formatter:on

}
