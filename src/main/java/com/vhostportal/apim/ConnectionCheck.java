package com.vhostportal.apim;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.vhostportal.tenant.ServiceKey;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The "Test connection" of tenant onboarding: fetches a token with a service key that is
 * not registered yet and lists the virtual hosts with it, telling whether the token
 * endpoint or the API failed. It uses a client of its own, so that no token, breaker or
 * registration of a real tenant is touched.
 */
@Component
public class ConnectionCheck {

	private static final String VIRTUAL_HOSTS = "/apiportal/api/1.0/Management.svc/VirtualHosts";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_DETAIL = 300;

	private final WebClient client;

	private final Duration deadline;

	ConnectionCheck(WebClient.Builder builder, ApimProperties properties) {
		this.client = builder.clone()
			.clientConnector(ApimWebClients.connector(properties))
			.filter(new CallLogging("Connection test"))
			.build();
		this.deadline = properties.connectTimeout().plus(properties.responseTimeout());
	}

	/**
	 * Fetches a token with the key and lists the virtual hosts.
	 * @param key the service key
	 * @return what happened
	 */
	public Outcome test(ServiceKey key) {
		Answer token;
		try {
			token = call(this.client.post()
				.uri(URI.create(key.tokenUrl()))
				.header(HttpHeaders.AUTHORIZATION, basic(key))
				.header("X-CF-ENCODED-CREDENTIALS", "true")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData("grant_type", "client_credentials")));
		}
		catch (RuntimeException ex) {
			return new Outcome(Step.TOKEN_UNREACHABLE, 0, 0, null);
		}
		String accessToken = accessToken(token.body());
		if (token.status() != 200 || accessToken.isEmpty()) {
			return new Outcome(Step.TOKEN_REFUSED, token.status(), 0, tokenError(token.body()));
		}

		Answer hosts;
		try {
			hosts = call(this.client.get()
				.uri(URI.create(key.url() + VIRTUAL_HOSTS))
				.accept(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken));
		}
		catch (RuntimeException ex) {
			return new Outcome(Step.API_UNREACHABLE, 0, 0, null);
		}
		return apiOutcome(hosts);
	}

	private static Outcome apiOutcome(Answer hosts) {
		if (hosts.status() == 401) {
			return new Outcome(Step.API_UNAUTHORIZED, 401, 0, apiError(hosts));
		}
		if (hosts.status() == 403) {
			return new Outcome(Step.API_FORBIDDEN, 403, 0, apiError(hosts));
		}
		if (hosts.status() != 200) {
			return new Outcome(Step.API_FAILED, hosts.status(), 0, apiError(hosts));
		}
		try {
			JsonNode root = JSON.readTree(hosts.body());
			return new Outcome(Step.OK, 200, ODataJson.collection(root, "d").size(), null);
		}
		catch (JacksonException ex) {
			return new Outcome(Step.API_FAILED, 200, 0, null);
		}
	}

	private Answer call(WebClient.RequestHeadersSpec<?> request) {
		return request.exchangeToMono(ConnectionCheck::read).timeout(this.deadline).block();
	}

	private static Mono<Answer> read(ClientResponse response) {
		return response.bodyToMono(String.class)
			.defaultIfEmpty("")
			.map((body) -> new Answer(response.statusCode().value(), body));
	}

	private static String accessToken(String body) {
		try {
			return JSON.readTree(body).path("access_token").asString("");
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static String tokenError(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			String description = root.path("error_description").asString("");
			return shorten(description.isEmpty() ? root.path("error").asString("") : description);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String apiError(Answer answer) {
		return shorten(ODataErrors.ODataError.parse(answer.body()).message());
	}

	private static String shorten(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return (text.length() > MAX_DETAIL) ? text.substring(0, MAX_DETAIL) + "…" : text;
	}

	// RFC 6749 2.3.1: id and secret are form-encoded before Basic; SAP client ids hold
	// '!' and '|'.
	private static String basic(ServiceKey key) {
		String pair = encode(key.clientId()) + ":" + encode(key.clientSecret());
		byte[] bytes = pair.getBytes(StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(bytes);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Answer(int status, String body) {

	}

	/**
	 * How far the test got.
	 */
	public enum Step {

		/** A token was issued and the virtual hosts were listed. */
		OK,

		/** The token endpoint could not be reached. */
		TOKEN_UNREACHABLE,

		/** The token endpoint refused the client id and secret. */
		TOKEN_REFUSED,

		/** The API could not be reached. */
		API_UNREACHABLE,

		/** The API did not accept the token (401). */
		API_UNAUTHORIZED,

		/** The key lacks the role to list virtual hosts (403). */
		API_FORBIDDEN,

		/** The API answered with another error or an unreadable body. */
		API_FAILED

	}

	/**
	 * What the test found.
	 *
	 * @param step how far it got
	 * @param status the HTTP status of the failing step, or {@code 0} when no answer came
	 * @param virtualHosts how many virtual hosts were listed
	 * @param detail the error text of the token endpoint or API, or {@code null};
	 * upstream text, to be shown escaped
	 */
	public record Outcome(Step step, int status, int virtualHosts, String detail) {

		/**
		 * Returns whether the test passed.
		 * @return {@code true} if so
		 */
		public boolean ok() {
			return this.step == Step.OK;
		}

	}

}
