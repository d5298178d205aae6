package com.vhostportal.apim;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Raises a {@link TokenEndpointException} when a token endpoint answers with an error
 * status or cannot be reached. Spring Security reports only the OAuth2 error code of a
 * refused token request; the status is what tells a wrong secret (401) from an outage.
 */
class TokenEndpointFailures implements ExchangeFilterFunction {

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request)
			.onErrorMap((ex) -> new TokenEndpointException(0, null, ex))
			.flatMap(this::refuseErrors);
	}

	private Mono<ClientResponse> refuseErrors(ClientResponse response) {
		if (!response.statusCode().isError()) {
			return Mono.just(response);
		}
		int status = response.statusCode().value();
		Mono<String> body = response.bodyToMono(String.class).defaultIfEmpty("");
		return body.flatMap((text) -> refusal(status, text));
	}

	private static Mono<ClientResponse> refusal(int status, String body) {
		return Mono.error(new TokenEndpointException(status, oauthError(body), null));
	}

	private static String oauthError(String body) {
		JsonNode answer = ODataJson.read(body);
		String description = ODataJson.text(answer, "error_description");
		return (description != null) ? description : ODataJson.text(answer, "error");
	}

}
