package com.vhostportal.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The access tokens the sandbox has issued, kept in memory until they expire.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxTokens {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SandboxCaller> callers = new ConcurrentHashMap<>();

	private final Duration lifetime;

	private final Clock clock;

	@Autowired
	SandboxTokens(SandboxProperties properties) {
		this(properties.tokenLifetime(), Clock.systemUTC());
	}

	SandboxTokens(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * Issues a new token.
	 * @param clientId the client asking for it
	 * @param role the role of that client
	 * @return the token
	 */
	IssuedToken issue(String clientId, SandboxRole role) {
		Instant now = this.clock.instant();
		this.callers.values().removeIf((caller) -> !caller.isValidAt(now));
		String token = randomToken();
		this.callers.put(token, new SandboxCaller(clientId, role, now.plus(this.lifetime)));
		return new IssuedToken(token, this.lifetime);
	}

	/**
	 * Finds who holds a token.
	 * @param token the token as presented
	 * @return the holder, or empty when the token is unknown or expired
	 */
	Optional<SandboxCaller> find(String token) {
		SandboxCaller caller = (token != null) ? this.callers.get(token) : null;
		Predicate<SandboxCaller> valid = (found) -> found.isValidAt(this.clock.instant());
		return Optional.ofNullable(caller).filter(valid);
	}

	private String randomToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A token just issued.
	 *
	 * @param value the token
	 * @param lifetime how long it stays valid
	 */
	record IssuedToken(String value, Duration lifetime) {

		@Override
		public String toString() {
			return "IssuedToken[value=******, lifetime=" + this.lifetime + "]";
		}

	}

}
