package com.vhostportal.reconciliation;

import jakarta.validation.constraints.Pattern;

/**
 * The "check now" button: which page to go back to.
 *
 * @param back {@code history} for the history record, anything else for the result page
 */
record CheckNowForm(@Pattern(regexp = "result|history") String back) {

}
