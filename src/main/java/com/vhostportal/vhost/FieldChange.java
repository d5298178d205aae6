package com.vhostportal.vhost;

import java.io.Serializable;
import java.util.Objects;

/**
 * One field of a virtual host as it is and as it will be.
 *
 * @param labelKey the message key of the field's label
 * @param before the current value, or {@code null}
 * @param after the requested value, or {@code null}
 */
public record FieldChange(String labelKey, String before, String after) implements Serializable {

	public boolean changed() {
		return !Objects.equals(this.before, this.after);
	}

}
