package com.vhostportal.apim;

import java.util.Collections;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads API Management's answer to an accepted virtual host request. An answer that is
 * not OData JSON still means the request was accepted: SAP's own sample answer to a
 * delete is Atom XML, so such an answer yields no fields rather than an error.
 */
final class VirtualHostAnswers {

	private VirtualHostAnswers() {
	}

	/**
	 * Reads an answer.
	 * @param response the 2xx answer
	 * @return the answer, its fields empty when the body is not OData JSON
	 */
	static VirtualHostAnswer read(ApimResponse response) {
		int status = response.status();
		String body = response.body();
		JsonNode root = ODataJson.read(body);
		JsonNode entry = root.path("d").isObject() ? root.path("d") : root;
		Map<String, Object> fields = Collections.unmodifiableMap(ODataJson.fields(entry));
		String requestId = ODataJson.text(entry, "id");
		String hostId = ODataJson.text(entry, "virtualHostId");
		String allocation = ODataJson.text(entry, "allocationStatus");
		String lbHost = ODataJson.text(entry, "lbHost");
		return new VirtualHostAnswer(status, body, fields, requestId, hostId, allocation, lbHost);
	}

}
