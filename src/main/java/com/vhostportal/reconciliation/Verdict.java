package com.vhostportal.reconciliation;

import com.vhostportal.history.HistoryStatus;

/**
 * What reading the virtual hosts showed about one submission.
 *
 * @param status SUCCEEDED when the change is visible, FAILED when it is not, or
 * {@code null} when nothing could be decided
 * @param virtualHostId the host the change concerns, if found
 * @param note what was found, for the history
 */
record Verdict(HistoryStatus status, String virtualHostId, String note) {

	static Verdict applied(String virtualHostId, String note) {
		return new Verdict(HistoryStatus.SUCCEEDED, virtualHostId, note);
	}

	static Verdict notApplied(String note) {
		return new Verdict(HistoryStatus.FAILED, null, note);
	}

	static Verdict undecided(String note) {
		return new Verdict(null, null, note);
	}

	boolean decided() {
		return this.status != null;
	}

}
