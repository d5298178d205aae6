package com.vhostportal.apim;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes reads of API Management with retries and a circuit breaker per tenant. A read
 * that failed in a way that may pass (no answer, 429, 5xx) is tried again after a growing
 * wait with jitter, or after the wait a {@code Retry-After} header asks for. When most
 * recent reads of a tenant failed, its breaker opens and reads fail at once with an
 * {@link ApimCircuitOpenException} instead of making the user wait for timeouts.
 */
class ResilientReads {

	private static final Logger logger = LoggerFactory.getLogger(ResilientReads.class);

	private static final String RETRYING = """
			Retrying a read of API Management in {} ms (attempt {} failed: {})""";

	private final ApimCalls calls;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	private final Duration openDuration;

	ResilientReads(ApimCalls calls, ApimReadProperties properties) {
		this.calls = calls;
		this.breakers = CircuitBreakerRegistry.of(breakerConfig(properties));
		this.retries = RetryRegistry.of(retryConfig(properties));
		this.openDuration = properties.openDuration();
	}

	/**
	 * Reads a resource.
	 * @param key the key to call with
	 * @param uri the resource
	 * @return the answer
	 * @throws ApimCircuitOpenException when reads of the tenant are paused
	 * @throws ApimException when the read failed, after retries where they made sense
	 */
	ApimResponse get(TenantKey key, URI uri) {
		String tenantId = key.tenant().id();
		Supplier<ApimResponse> read = () -> this.calls.get(key, uri);
		Supplier<ApimResponse> retried = Retry.decorateSupplier(retry(tenantId), read);
		try {
			return CircuitBreaker.decorateSupplier(breaker(tenantId), retried).get();
		}
		catch (CallNotPermittedException ex) {
			long seconds = this.openDuration.toSeconds();
			String message = "Reads of tenant '" + tenantId + "' are paused for up to " + seconds
					+ " s because most recent reads failed";
			throw new ApimCircuitOpenException(message, ex);
		}
	}

	private CircuitBreaker breaker(String tenantId) {
		return this.breakers.circuitBreaker(tenantId);
	}

	private Retry retry(String tenantId) {
		return this.retries.retry(tenantId);
	}

	private static CircuitBreakerConfig breakerConfig(ApimReadProperties properties) {
		return CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.slidingWindowSize(properties.slidingWindowSize())
			.minimumNumberOfCalls(properties.minimumCalls())
			.waitDurationInOpenState(properties.openDuration())
			.permittedNumberOfCallsInHalfOpenState(properties.halfOpenCalls())
			.recordException(ResilientReads::isOutage)
			.build();
	}

	private static RetryConfig retryConfig(ApimReadProperties properties) {
		IntervalFunction backoff = backoff(properties);
		Duration maxRetryAfter = properties.maxRetryAfter();
		return RetryConfig.<ApimResponse>custom()
			.maxAttempts(properties.maxAttempts())
			.intervalBiFunction(honouringRetryAfter(backoff))
			.retryOnException((ex) -> isOutage(ex) && !waitsTooLong(ex, maxRetryAfter))
			.failAfterMaxAttempts(false)
			.build();
	}

	private static IntervalFunction backoff(ApimReadProperties properties) {
		Duration initial = properties.initialBackoff();
		double multiplier = properties.backoffMultiplier();
		double jitter = properties.jitter();
		return IntervalFunction.ofExponentialRandomBackoff(initial, multiplier, jitter);
	}

	private static IntervalBiFunction<ApimResponse> honouringRetryAfter(IntervalFunction backoff) {
		return (attempt, outcome) -> {
			Duration retryAfter = retryAfter(outcome);
			long millis = (retryAfter != null) ? retryAfter.toMillis() : backoff.apply(attempt);
			String failure = outcome.isLeft() ? outcome.getLeft().getMessage() : "no exception";
			logger.warn(RETRYING, millis, attempt, failure);
			return millis;
		};
	}

	private static Duration retryAfter(Either<Throwable, ApimResponse> outcome) {
		if (outcome.isLeft() && outcome.getLeft() instanceof ApimErrorException error) {
			return error.getRetryAfter();
		}
		return null;
	}

	private static boolean waitsTooLong(Throwable ex, Duration max) {
		return ex instanceof ApimErrorException error && error.getRetryAfter() != null
				&& error.getRetryAfter().compareTo(max) > 0;
	}

	// Only failures that may pass count: a refusal (400, 403, 404) would come again.
	private static boolean isOutage(Throwable ex) {
		if (ex instanceof ApimErrorException error) {
			return error.isTransient();
		}
		return ex instanceof ApimUnavailableException;
	}

}
