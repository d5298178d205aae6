package com.vhostportal.certificate;

/**
 * How much a finding matters.
 */
public enum FindingSeverity {

	/** A failing check: under the {@code block} policy it stops the submission. */
	ERROR,

	/** Worth knowing; never stops a submission. */
	WARNING

}
