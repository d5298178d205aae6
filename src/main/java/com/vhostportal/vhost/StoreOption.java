package com.vhostportal.vhost;

/**
 * One choice in a certificate store or key alias picker.
 *
 * @param value the value sent in the request, such as {@code partners} or
 * {@code ref://partners-current}
 * @param label what the user reads
 */
public record StoreOption(String value, String label) {

}
