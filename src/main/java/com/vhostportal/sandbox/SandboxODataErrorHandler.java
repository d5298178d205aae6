package com.vhostportal.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes refused sandbox calls the way API Management does: an OData V2 error body.
 */
@RestControllerAdvice(basePackageClasses = SandboxODataErrorHandler.class)
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxODataErrorHandler {

	@ExceptionHandler
	ResponseEntity<OData.ErrorAnswer> refused(SandboxODataException ex) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.getStatus())
			.contentType(MediaType.APPLICATION_JSON);
		if (ex.getStatus() == HttpStatus.UNAUTHORIZED) {
			answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return answer.body(OData.error(ex.getCode(), ex.getMessage()));
	}

}
