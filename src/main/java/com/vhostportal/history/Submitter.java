package com.vhostportal.history;

/**
 * The person behind a submission as the identity provider names them; records made before
 * people were recorded have only the username.
 *
 * @param subject the identity provider's stable subject, or {@code null}
 * @param displayName the person's name, or {@code null}
 * @param email the person's e-mail address, or {@code null}
 */
public record Submitter(String subject, String displayName, String email) {

}
