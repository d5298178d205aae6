package com.vhostportal.sandbox;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

/**
 * The sandbox's OAuth2 token endpoint: the client credentials grant, as XSUAA serves it
 * for an API Management service key.
 */
@RestController
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxTokenController {

	private static final Logger logger = LoggerFactory.getLogger(SandboxTokenController.class);

	private static final String CLIENT_CREDENTIALS = "client_credentials";

	private final SandboxClients clients;

	private final SandboxTokens tokens;

	SandboxTokenController(SandboxClients clients, SandboxTokens tokens) {
		this.clients = clients;
		this.tokens = tokens;
	}

	// Spring binds grant_type from the query string and from a form body alike; a client
	// may send it in both, hence the list.
	@PostMapping(SandboxPaths.TOKEN)
	// @formatter:off
	ResponseEntity<TokenAnswer> issue(
			@RequestHeader(name = AUTHORIZATION, required = false) String authorization,
			@RequestParam(name = "grant_type", required = false) List<String> grantTypes,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "client_secret", required = false) String clientSecret) {
	// @formatter:on
		SandboxClientCredentials client = credentials(authorization, clientId, clientSecret);
		String id = client.clientId();
		Optional<SandboxRole> role = this.clients.authenticate(id, client.clientSecret());
		if (role.isEmpty()) {
			throw wrongCredentials(id);
		}
		requireClientCredentialsGrant(grantTypes);
		String roleName = role.get().roleName();
		SandboxTokens.IssuedToken token = this.tokens.issue(id, role.get());
		logger.debug("Sandbox issued a token to client {} with role {}", id, roleName);
		long expiresIn = token.lifetime().toSeconds();
		TokenAnswer answer = new TokenAnswer(token.value(), "bearer", expiresIn, roleName);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer);
	}

	@ExceptionHandler
	ResponseEntity<TokenError> refused(TokenRefusedException ex) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.status)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON);
		if (ex.status == HttpStatus.UNAUTHORIZED) {
			answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sandbox\"");
		}
		return answer.body(new TokenError(ex.error, ex.getMessage()));
	}

	private static SandboxClientCredentials credentials(String header, String id, String secret) {
		return SandboxClientCredentials.read(header, id, secret)
			.orElseThrow(SandboxTokenController::missingCredentials);
	}

	private static void requireClientCredentialsGrant(List<String> grantTypes) {
		if (grantTypes == null || grantTypes.isEmpty()) {
			String message = "grant_type is missing";
			throw new TokenRefusedException(HttpStatus.BAD_REQUEST, "invalid_request", message);
		}
		if (!grantTypes.stream().allMatch(CLIENT_CREDENTIALS::equals)) {
			String message = "Only the client_credentials grant is supported";
			String error = "unsupported_grant_type";
			throw new TokenRefusedException(HttpStatus.BAD_REQUEST, error, message);
		}
	}

	private static TokenRefusedException missingCredentials() {
		String ways = "HTTP Basic or client_id and client_secret";
		String message = "Client authentication is missing: use " + ways;
		return new TokenRefusedException(HttpStatus.UNAUTHORIZED, "invalid_client", message);
	}

	private static TokenRefusedException wrongCredentials(String clientId) {
		logger.info("Sandbox refused a token to client {}: wrong client id or secret", clientId);
		String message = "Bad credentials";
		return new TokenRefusedException(HttpStatus.UNAUTHORIZED, "invalid_client", message);
	}

	/**
	 * A successful token answer.
	 *
	 * @param accessToken the bearer token
	 * @param tokenType always {@code bearer}
	 * @param expiresIn seconds until the token expires
	 * @param scope the role the token carries
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TokenAnswer(String accessToken, String tokenType, long expiresIn, String scope) {

		@Override
		public String toString() {
			return "TokenAnswer[accessToken=******, scope=" + this.scope + "]";
		}

	}

	/**
	 * An OAuth2 error answer (RFC 6749 section 5.2).
	 *
	 * @param error the error code
	 * @param errorDescription what went wrong
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TokenError(String error, String errorDescription) {

	}

	/**
	 * The token request was refused.
	 */
	static final class TokenRefusedException extends RuntimeException {

		private final HttpStatus status;

		private final String error;

		TokenRefusedException(HttpStatus status, String error, String description) {
			super(description);
			this.status = status;
			this.error = error;
		}

	}

}
