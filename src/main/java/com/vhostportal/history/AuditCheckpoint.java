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
// @formatter:off
record AuditCheckpoint(
		long throughSeq,
		String throughMac,
		long purgedRecords,
		OffsetDateTime purgedBefore,
		String keyId,
		String mac) {
// @formatter:on

	/**
	 * Returns the canonical form the checkpoint's MAC covers.
	 * @return the canonical form
	 */
	String canonical() {
		StringBuilder form = new StringBuilder("vhost-portal audit checkpoint v1\n");
		appendLine(form, "through_seq", this.throughSeq);
		appendLine(form, "through_mac", this.throughMac);
		appendLine(form, "purged_records", this.purgedRecords);
		appendLine(form, "purged_before", this.purgedBefore.toInstant());
		appendLine(form, "key_id", this.keyId);
		return form.toString();
	}

	private static void appendLine(StringBuilder form, String name, Object value) {
		form.append(name).append('=').append(value).append('\n');
	}

}
