package com.vhostportal.apim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Logs one line per HTTP call: what was called, method, path, tenant, outcome, duration
 * and correlation id. Only the path is logged, never the query, headers or bodies, which
 * may carry tokens and secrets.
 */
class CallLogging implements ExchangeFilterFunction {

	private static final Logger logger = LoggerFactory.getLogger(CallLogging.class);

	private static final String ANSWERED = "{} for tenant {}: {} in {} ms, correlation id {}";

	private static final String FAILED = "{} for tenant {}: {} after {} ms, correlation id {}";

	private final String target;

	/**
	 * Creates a new instance.
	 * @param target what is called, named in each log line
	 */
	CallLogging(String target) {
		this.target = target;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String what = this.target + " " + request.method() + " " + request.url().getRawPath();
		return Mono.deferContextual((context) -> {
			CallContext call = context.getOrDefault(CallContext.class, CallContext.NONE);
			long start = System.nanoTime();
			return next.exchange(request)
				.doOnNext((response) -> answered(what, call, start, response.statusCode().value()))
				.doOnError((ex) -> failed(what, call, start, "no answer (" + ex + ")"))
				.doOnCancel(() -> failed(what, call, start, "abandoned"));
		});
	}

	private static void answered(String what, CallContext call, long start, int status) {
		long millis = millisSince(start);
		String tenant = call.tenantId();
		call.log(() -> logger.info(ANSWERED, what, tenant, status, millis, call.correlationId()));
	}

	private static void failed(String what, CallContext call, long start, String failure) {
		long millis = millisSince(start);
		String tenant = call.tenantId();
		call.log(() -> logger.warn(FAILED, what, tenant, failure, millis, call.correlationId()));
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
