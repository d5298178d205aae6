package com.vhostportal.history;

import java.time.OffsetDateTime;

/**
 * What retention removed from the start of the audit chain.
 *
 * @param throughSeq the chain position of the last removed record
 * @param throughMac that record's MAC, which the first remaining record links to
 * @param purgedRecords how many records were removed in all
 * @param purgedBefore records recorded before this time were removed
 * @param keyId the id of the key that signed the checkpoint
 * @param mac the checkpoint's MAC
 */
record AuditCheckpoint(long throughSeq, String throughMac, long purgedRecords, OffsetDateTime purgedBefore,
		String keyId, String mac) {

	/**
	 * Returns the canonical form the checkpoint's MAC covers.
	 * @return the canonical form
	 */
	String canonical() {
		return "vhost-portal audit checkpoint v1\nthrough_seq=" + this.throughSeq + "\nthrough_mac=" + this.throughMac
				+ "\npurged_records=" + this.purgedRecords + "\npurged_before=" + this.purgedBefore.toInstant()
				+ "\nkey_id=" + this.keyId + "\n";
	}

}
