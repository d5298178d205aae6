package com.vhostportal.vhost;

/**
 * Why a picker is a text field instead of a list.
 *
 * @param code the message key of the explanation
 * @param detail the upstream error message, or {@code null}
 */
public record PickerNotice(String code, String detail) {

}
