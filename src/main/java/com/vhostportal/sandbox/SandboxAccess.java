package com.vhostportal.sandbox;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks the bearer token of a sandbox API call and the role rules API Management applies
 * to it. The sandbox's web security lets every request through, so this is the only
 * check.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxAccess {

	private static final String BEARER = "bearer ";

	private final SandboxTokens tokens;

	SandboxAccess(SandboxTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Checks a call that reads an entity set of {@code Management.svc}.
	 * @param request the request
	 * @param entitySet the entity set read
	 * @return the caller
	 */
	SandboxCaller requireReader(HttpServletRequest request, String entitySet) {
		SandboxCaller caller = authenticate(request);
		if (!caller.role().mayRead(entitySet)) {
			throw forbidden(caller, "read " + entitySet);
		}
		return caller;
	}

	/**
	 * Checks a call that writes an entity set of {@code Management.svc}.
	 * @param request the request
	 * @param entitySet the entity set written
	 * @return the caller
	 */
	SandboxCaller requirePortalWriter(HttpServletRequest request, String entitySet) {
		SandboxCaller caller = authenticate(request);
		if (!caller.role().mayWritePortalEntities()) {
			throw forbidden(caller, "write " + entitySet);
		}
		return caller;
	}

	/**
	 * Checks a call that sends a virtual host request.
	 * @param request the request
	 * @return the caller
	 */
	SandboxCaller requireVirtualHostRequester(HttpServletRequest request) {
		SandboxCaller caller = authenticate(request);
		if (!caller.role().mayRequestVirtualHosts()) {
			throw forbidden(caller, "send virtual host requests");
		}
		return caller;
	}

	private SandboxCaller authenticate(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (!StringUtils.startsWithIgnoreCase(authorization, BEARER)) {
			throw unauthorized("Authorization: Bearer <access token> is required");
		}
		String token = authorization.substring(BEARER.length()).trim();
		Optional<SandboxCaller> caller = this.tokens.find(token);
		return caller.orElseThrow(() -> unauthorized("The access token is unknown or expired"));
	}

	private static SandboxODataException unauthorized(String message) {
		return new SandboxODataException(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", message);
	}

	private static SandboxODataException forbidden(SandboxCaller caller, String action) {
		String message = "The role " + caller.role().roleName() + " may not " + action;
		return new SandboxODataException(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
	}

}
