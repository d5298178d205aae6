package com.vhostportal.sandbox;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The sandbox's successful answers. They are JSON whatever the Accept header asks for:
 * API Management's samples include Atom XML, but the sandbox only speaks JSON, and a
 * preset content type keeps Spring MVC from negotiating a 406.
 */
final class ODataResponses {

	private ODataResponses() {
	}

	static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	static <T> ResponseEntity<T> created(URI location, T body) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(201);
		answer.contentType(MediaType.APPLICATION_JSON);
		if (location != null) {
			answer.location(location);
		}
		return answer.body(body);
	}

}
