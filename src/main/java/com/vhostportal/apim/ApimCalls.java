package com.vhostportal.apim;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClient.RequestHeadersSpec;

import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.clientRegistrationId;

/**
 * Makes the HTTP calls to API Management: each one with a token of the right key, JSON
 * accepted, a correlation id and a deadline, blocking until the answer is read. Any
 * answer other than 2xx and any failure comes out as an {@link ApimException}.
 */
class ApimCalls {

	private static final Logger logger = LoggerFactory.getLogger(ApimCalls.class);

	private static final String TOKEN_REFUSED = """
			API Management did not accept the token of {}; retrying once with a new token, \
			correlation id {}""";

	private final WebClient webClient;

	private final String correlationHeader;

	private final Duration deadline;

	private final long maxBodySize;

	private final ApimFailures failures;

	ApimCalls(WebClient webClient, ApimProperties properties) {
		this.webClient = webClient;
		this.correlationHeader = properties.correlationHeader();
		// The token fetch and the call itself each get a connect and a response timeout.
		Duration oneRequest = properties.connectTimeout().plus(properties.responseTimeout());
		this.deadline = oneRequest.multipliedBy(2);
		this.maxBodySize = properties.maxBodySize().toBytes();
		this.failures = new ApimFailures(properties);
	}

	/**
	 * Reads a resource, with a fresh correlation id.
	 * @param key the key to call with
	 * @param uri the resource
	 * @return the answer
	 */
	ApimResponse get(TenantKey key, URI uri) {
		return call(key, uri, () -> this.webClient.get().uri(uri), newCorrelationId());
	}

	/**
	 * Posts a JSON body. Retried only after a 401, which proves API Management did not
	 * carry it out: a write that timed out may have been carried out.
	 * @param key the key to call with
	 * @param uri the resource
	 * @param json the body
	 * @param correlationId the correlation id; a fresh one when blank
	 * @return the answer
	 */
	ApimResponse post(TenantKey key, URI uri, String json, String correlationId) {
		String id = StringUtils.hasText(correlationId) ? correlationId : newCorrelationId();
		Supplier<RequestHeadersSpec<?>> request = () -> this.webClient.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json);
		return call(key, uri, request, id);
	}

	// A 401 means the token was not accepted, so the call was not carried out; the
	// bearer filter has dropped the token by then, and the one retry fetches a new one.
	private ApimResponse call(TenantKey key, URI uri, Supplier<RequestHeadersSpec<?>> newRequest,
			String correlationId) {
		ApimResponse response = exchange(key, uri, newRequest.get(), correlationId);
		if (response.status() == 401) {
			logger.info(TOKEN_REFUSED, key.description(), correlationId);
			response = exchange(key, uri, newRequest.get(), correlationId);
		}
		if (!response.isSuccessful()) {
			Duration retryAfter = response.retryAfter();
			throw ODataErrors.exception(response.status(), response.body(), key, retryAfter);
		}
		return response;
	}

	private ApimResponse exchange(TenantKey key, URI uri, RequestHeadersSpec<?> spec, String id) {
		CallContext context = new CallContext(key.tenant().id(), id);
		return spec.accept(MediaType.APPLICATION_JSON)
			.header(this.correlationHeader, id)
			.attributes(clientRegistrationId(key.registrationId()))
			.exchangeToMono(this::read)
			.timeout(this.deadline)
			.onErrorMap((ex) -> this.failures.map(ex, key, uri))
			.contextWrite(Context.of(CallContext.class, context))
			.block();
	}

	private Mono<ApimResponse> read(ClientResponse response) {
		int status = response.statusCode().value();
		HttpHeaders headers = response.headers().asHttpHeaders();
		String retryAfterHeader = headers.getFirst(HttpHeaders.RETRY_AFTER);
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		Duration retryAfter = ApimResponse.retryAfter(retryAfterHeader, now);
		return response.bodyToMono(String.class)
			.defaultIfEmpty("")
			.map((body) -> new ApimResponse(status, body, retryAfter))
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(status));
	}

	private ApimErrorException tooLarge(int status) {
		long limit = this.maxBodySize;
		String message = "API Management answered " + status + " with more than " + limit
				+ " bytes; raise portal.apim.max-body-size";
		return new ApimErrorException(status, null, message, "");
	}

	private static String newCorrelationId() {
		return UUID.randomUUID().toString();
	}

}
