package com.vhostportal.certificate;

/**
 * How close a certificate is to the end of its validity.
 */
public enum ExpiryState {

	/** Valid for more than {@value #WARNING_DAYS} days. */
	OK,

	/** Valid for {@value #WARNING_DAYS} days or fewer. */
	WARNING,

	/** Valid for {@value #CRITICAL_DAYS} days or fewer. */
	CRITICAL,

	/** Past its end of validity. */
	EXPIRED,

	/** Before its start of validity. */
	NOT_YET_VALID,

	/** Its validity could not be read. */
	UNKNOWN;

	/** Days left at which a certificate starts to warn. */
	public static final int WARNING_DAYS = 30;

	/** Days left at which a certificate becomes critical. */
	public static final int CRITICAL_DAYS = 7;

	/**
	 * Returns the state for a number of days left.
	 * @param daysLeft whole days until the end of validity, negative once expired
	 * @return the state
	 */
	static ExpiryState ofDaysLeft(long daysLeft) {
		if (daysLeft < 0) {
			return EXPIRED;
		}
		if (daysLeft <= CRITICAL_DAYS) {
			return CRITICAL;
		}
		return (daysLeft <= WARNING_DAYS) ? WARNING : OK;
	}

	/**
	 * Returns whether the state deserves attention.
	 * @return {@code true} for every state but {@link #OK}
	 */
	public boolean needsAttention() {
		return this != OK;
	}

}
