package com.vhostportal.apim;

/**
 * A successful answer of API Management, read in full.
 *
 * @param status the HTTP status
 * @param body the body, empty when there was none
 */
record ApimResponse(int status, String body) {

	boolean isSuccessful() {
		return this.status >= 200 && this.status < 300;
	}

}
