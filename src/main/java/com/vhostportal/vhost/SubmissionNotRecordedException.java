package com.vhostportal.vhost;

/**
 * The history could not record a submission, so nothing was sent.
 */
class SubmissionNotRecordedException extends RuntimeException {

	SubmissionNotRecordedException(Throwable cause) {
		super("The history could not record the request, so it was not sent", cause);
	}

}
