package com.vhostportal.apim;

import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizationFailureHandler;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler;
import org.springframework.security.oauth2.client.RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler.OAuth2AuthorizedClientRemover;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static org.springframework.security.oauth2.core.OAuth2ErrorCodes.INSUFFICIENT_SCOPE;
import static org.springframework.security.oauth2.core.OAuth2ErrorCodes.INVALID_TOKEN;

/**
 * Builds the {@link WebClient} that calls API Management: timeouts from
 * {@link ApimProperties}, a bearer token per tenant key through Spring Security's OAuth2
 * client (client credentials, tokens reused until shortly before they expire) and a log
 * line per call. Token requests go through the same connector and timeouts.
 */
final class ApimWebClients {

	private ApimWebClients() {
	}

	/**
	 * Builds the client.
	 * @param builder the builder to start from
	 * @param registrations the client registrations of the tenants' keys
	 * @param properties the settings
	 * @return the client
	 */
	// @formatter:off
	static WebClient create(
			WebClient.Builder builder,
			ReactiveClientRegistrationRepository registrations,
			ApimProperties properties) {
	// @formatter:on
		return create(builder, registrations, properties, Metrics.globalRegistry);
	}

	/**
	 * Builds the client.
	 * @param builder the builder to start from
	 * @param registrations the client registrations of the tenants' keys
	 * @param properties the settings
	 * @param meters where call durations and token failures are recorded
	 * @return the client
	 */
	// @formatter:off
	static WebClient create(
			WebClient.Builder builder,
			ReactiveClientRegistrationRepository registrations,
			ApimProperties properties,
			MeterRegistry meters) {
	// @formatter:on
		ClientHttpConnector connector = connector(properties);
		var tokens = new InMemoryReactiveOAuth2AuthorizedClientService(registrations);
		// @formatter:off
		var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, tokens);
		// @formatter:on
		WebClient tokenClient = tokenClient(builder.clone().clientConnector(connector), meters);
		manager.setAuthorizedClientProvider(clientCredentials(tokenClient, properties));
		var bearer = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
		bearer.setAuthorizationFailureHandler(forgetRefusedTokens(tokens));
		return builder.clone()
			.clientConnector(connector)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(maxBodySize(properties)))
			.filter(bearer)
			.filter(new CallLogging("API Management"))
			.filter(new CallMetrics(meters, false))
			.build();
	}

	static ClientHttpConnector connector(ApimProperties properties) {
		int connectMillis = (int) properties.connectTimeout().toMillis();
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectMillis)
			.responseTimeout(properties.responseTimeout())
			// Reactor Netty retries a request once when a pooled connection closes
			// under it; a virtual host write must never be sent twice.
			.disableRetry(true);
		return new ReactorClientHttpConnector(httpClient);
	}

	private static WebClient tokenClient(WebClient.Builder builder, MeterRegistry meters) {
		return builder.filter(new TokenEndpointFailures())
			.filter(new CallLogging("Token endpoint"))
			.filter(new CallMetrics(meters, true))
			.build();
	}

	private static ReactiveOAuth2AuthorizedClientProvider clientCredentials(WebClient tokenClient,
			ApimProperties properties) {
		var tokenResponses = new WebClientReactiveClientCredentialsTokenResponseClient();
		tokenResponses.setWebClient(tokenClient);
		tokenResponses.addHeadersConverter(ApimWebClients::encodedCredentials);
		var provider = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(tokenResponses);
		provider.setClockSkew(properties.tokenRefreshSkew());
		return provider;
	}

	// Spring URL-encodes the client id and secret in the Basic header (RFC 6749 2.3.1).
	// SAP client ids contain '!' and '|', and XSUAA decodes them only when this header
	// says so (SAP help: "Token Retrieval Fails With Status Code 401").
	private static HttpHeaders encodedCredentials(OAuth2ClientCredentialsGrantRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-CF-ENCODED-CREDENTIALS", "true");
		return headers;
	}

	// After a 401 or 403 from API Management the next call fetches a new token, so that
	// a revoked token or a role granted in the meantime takes effect at once.
	private static ReactiveOAuth2AuthorizationFailureHandler forgetRefusedTokens(
			ReactiveOAuth2AuthorizedClientService tokens) {
		Set<String> codes = Set.of(INVALID_TOKEN, INSUFFICIENT_SCOPE);
		OAuth2AuthorizedClientRemover forget = (registrationId, principal, attributes) -> {
			return tokens.removeAuthorizedClient(registrationId, principal.getName());
		};
		return new RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler(forget, codes);
	}

	private static int maxBodySize(ApimProperties properties) {
		return (int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes());
	}

}
