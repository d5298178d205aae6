package com.vhostportal.vhost;

import com.vhostportal.history.SubmissionOutcome;

/**
 * What became of a submission.
 *
 * @param historyId the id of its history record
 * @param outcome its outcome
 */
record SubmissionResult(long historyId, SubmissionOutcome outcome) {

}
