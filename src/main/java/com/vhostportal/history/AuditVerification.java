package com.vhostportal.history;

/**
 * The result of verifying the audit chain.
 *
 * @param intact whether every link checked out
 * @param checked how many chained records were checked
 * @param brokenRecordId the id of the first record where the chain breaks, or
 * {@code null} when intact
 * @param brokenSeq that record's place in the chain, or {@code null}
 * @param reason why the chain breaks there, or {@code null} when intact
 * @param unchained how many records in a final state carry no link (completed before the
 * chain existed, or changed outside the application)
 */
// @formatter:off
public record AuditVerification(
		boolean intact,
		long checked,
		Long brokenRecordId,
		Long brokenSeq,
		BreakReason reason,
		long unchained) {
// @formatter:on

	/**
	 * Why the chain breaks.
	 */
	public enum BreakReason {

		/** The record's content, place or previous MAC no longer match its MAC. */
		MAC_MISMATCH,

		/** A record is missing before this one (deleted, or its link removed). */
		SEQUENCE_GAP,

		/** The record was signed with a key the portal does not have. */
		UNKNOWN_KEY,

		/** Records at the end of the chain are missing, or the head was changed. */
		HEAD_MISMATCH,

		/** The retention checkpoint does not match its MAC: it was changed or forged. */
		CHECKPOINT_MISMATCH

	}

}
