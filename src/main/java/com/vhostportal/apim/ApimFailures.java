package com.vhostportal.apim;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.timeout.ReadTimeoutException;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

import static com.vhostportal.apim.ApimFailureKind.CONNECTION_CLOSED;
import static com.vhostportal.apim.ApimFailureKind.CONNECTION_REFUSED;
import static com.vhostportal.apim.ApimFailureKind.CONNECT_TIMEOUT;
import static com.vhostportal.apim.ApimFailureKind.RESPONSE_TIMEOUT;
import static com.vhostportal.apim.ApimFailureKind.TLS_FAILED;
import static com.vhostportal.apim.ApimFailureKind.UNKNOWN_HOST;

/**
 * Turns what went wrong during a call into an {@link ApimException} that says what to
 * check, and tells whether a write may have reached API Management: only a connection
 * that was never made proves it did not.
 */
class ApimFailures {

	private final Duration connectTimeout;

	private final Duration responseTimeout;

	ApimFailures(ApimProperties properties) {
		this.connectTimeout = properties.connectTimeout();
		this.responseTimeout = properties.responseTimeout();
	}

	/**
	 * Maps a failure.
	 * @param failure what went wrong
	 * @param key the key the call was made with
	 * @param uri the URI called
	 * @return the exception to throw
	 */
	ApimException map(Throwable failure, TenantKey key, URI uri) {
		ApimException apim = find(failure, ApimException.class);
		if (apim != null) {
			return apim;
		}
		TokenEndpointException refused = find(failure, TokenEndpointException.class);
		if (refused != null) {
			return tokenException(refused, key);
		}
		OAuth2AuthorizationException unusable = find(failure, OAuth2AuthorizationException.class);
		if (unusable != null) {
			String code = unusable.getError().getErrorCode();
			String endpoint = tokenEndpoint(key);
			String message = endpoint + " answered without a usable token (" + code + ")";
			return new ApimTokenException(message, failure);
		}
		return unavailable(failure, "API Management at " + uri.getHost());
	}

	private ApimTokenException tokenException(TokenEndpointException refused, TenantKey key) {
		if (refused.getStatus() == 0) {
			String message = unavailable(refused.getCause(), tokenEndpoint(key)).getMessage();
			return new ApimTokenException(message, refused);
		}
		String error = (refused.getError() != null) ? " (" + refused.getError() + ")" : "";
		String message = tokenEndpoint(key) + " answered " + refused.getStatus() + error;
		if (refused.getStatus() == 401) {
			message += ": check the client id and secret of " + key.description();
		}
		return new ApimTokenException(message, refused);
	}

	private static String tokenEndpoint(TenantKey key) {
		return "The token endpoint of " + key.description();
	}

	private ApimUnavailableException unavailable(Throwable failure, String target) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		if (find(failure, UnknownHostException.class) != null) {
			String message = target + " is unknown to DNS: check the URLs of the key";
			return new ApimUnavailableException(message, UNKNOWN_HOST, failure);
		}
		if (find(failure, ConnectTimeoutException.class) != null) {
			String within = seconds(this.connectTimeout);
			String message = target + " did not take the connection within " + within;
			return new ApimUnavailableException(message, CONNECT_TIMEOUT, failure);
		}
		if (find(failure, ConnectException.class) != null) {
			String message = target + " refused the connection";
			return new ApimUnavailableException(message, CONNECTION_REFUSED, failure);
		}
		if (isTlsFailure(failure)) {
			String message = target + " failed the TLS handshake (" + cause.getMessage() + ")";
			return new ApimUnavailableException(message, TLS_FAILED, failure);
		}
		if (isTimeout(failure)) {
			String message = target + " did not answer within " + seconds(this.responseTimeout);
			return new ApimUnavailableException(message, RESPONSE_TIMEOUT, failure);
		}
		String reason = cause.getClass().getSimpleName();
		String message = target + " closed the connection before answering (" + reason + ")";
		return new ApimUnavailableException(message, CONNECTION_CLOSED, failure);
	}

	private static boolean isTimeout(Throwable failure) {
		boolean readTimeout = find(failure, ReadTimeoutException.class) != null;
		return readTimeout || find(failure, TimeoutException.class) != null;
	}

	private static boolean isTlsFailure(Throwable failure) {
		boolean ssl = find(failure, SSLException.class) != null;
		return ssl || find(failure, NotSslRecordException.class) != null;
	}

	private static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		return null;
	}

}
