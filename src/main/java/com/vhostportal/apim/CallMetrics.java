package com.vhostportal.apim;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Times every call to API Management and its token endpoints as a histogram by tenant,
 * endpoint and outcome, and counts token fetches that failed, so an operator can see a
 * slow tenant or a rotated secret before the users report it.
 */
class CallMetrics implements ExchangeFilterFunction {

	static final String CALLS = "portal.apim.calls";

	static final String TOKEN_FAILURES = "portal.apim.token.failures";

	private final MeterRegistry registry;

	private final boolean tokenEndpoint;

	/**
	 * Creates a new instance.
	 * @param registry where the meters live
	 * @param tokenEndpoint whether the client calls token endpoints rather than the API
	 */
	CallMetrics(MeterRegistry registry, boolean tokenEndpoint) {
		this.registry = registry;
		this.tokenEndpoint = tokenEndpoint;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String endpoint = this.tokenEndpoint ? "token" : endpoint(request.url().getRawPath());
		return Mono.deferContextual((context) -> {
			String tenant = context.getOrDefault(CallContext.class, CallContext.NONE).tenantId();
			long start = System.nanoTime();
			return next.exchange(request)
				.doOnNext((response) -> record(tenant, endpoint, outcome(response), start))
				.doOnError((ex) -> record(tenant, endpoint, "NO_ANSWER", start));
		});
	}

	private void record(String tenant, String endpoint, String outcome, long start) {
		Timer.builder(CALLS)
			.description("Calls to API Management and its token endpoints")
			.tag("tenant", tenant)
			.tag("endpoint", endpoint)
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofSeconds(60))
			.register(this.registry)
			.record(Duration.ofNanos(System.nanoTime() - start));
		if (this.tokenEndpoint && !"SUCCESS".equals(outcome)) {
			Counter.builder(TOKEN_FAILURES)
				.description("Token requests that did not yield a token")
				.tag("tenant", tenant)
				.register(this.registry)
				.increment();
		}
	}

	// The last path segment names the OData entity set without its key, e.g.
	// "CertificateStores('keys')/certificates" becomes "certificates": a bounded tag set.
	static String endpoint(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1);
		int key = last.indexOf('(');
		return (key >= 0) ? last.substring(0, key) : last;
	}

	private static String outcome(ClientResponse response) {
		int status = response.statusCode().value();
		if (status >= 200 && status < 300) {
			return "SUCCESS";
		}
		return (status >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
	}

}
