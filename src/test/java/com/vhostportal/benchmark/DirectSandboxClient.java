package com.vhostportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Version;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the sandbox's {@code VirtualHostRequests} without the portal, the way an admin
 * would with a REST client: one token, then bearer POSTs of hand-made JSON.
 */
final class DirectSandboxClient {

	private static final String TOKEN_PATH = "/oauth/token?grant_type=client_credentials";

	private static final String OPERATIONS_PATH = "/apiportal/operations/1.0/Configuration.svc/";

	private static final String REQUESTS_PATH = OPERATIONS_PATH + "VirtualHostRequests";

	private final HttpClient http = HttpClient.newBuilder().version(Version.HTTP_1_1).build();

	private final URI requests;

	private final JsonMapper json;

	private String bearer;

	private DirectSandboxClient(URI requests, JsonMapper json) {
		this.requests = requests;
		this.json = json;
	}

	/**
	 * Fetches a token with the client credentials grant.
	 * @param sandbox the sandbox base URL, as a service key carries it
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param json reads the token answer and writes request bodies
	 * @return a client that calls with that token
	 * @throws Exception if the token request fails
	 */
	// @formatter:off
	static DirectSandboxClient authorize(
			String sandbox,
			String clientId,
			String clientSecret,
			JsonMapper json) throws Exception {
	// @formatter:on
		URI requests = URI.create(sandbox + REQUESTS_PATH);
		DirectSandboxClient client = new DirectSandboxClient(requests, json);
		URI tokenEndpoint = URI.create(sandbox + TOKEN_PATH);
		client.bearer = "Bearer " + client.token(tokenEndpoint, clientId, clientSecret);
		return client;
	}

	/**
	 * Writes the body the portal sends to create an alias on the default domain.
	 * @param accountId the account id
	 * @param alias the alias
	 * @return the JSON body
	 */
	String createBody(String accountId, String alias) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accountId", accountId);
		body.put("virtualHostUrl", alias);
		body.put("isDefaultVirtualHostRequest", false);
		body.put("operation", "CREATE");
		return this.json.writeValueAsString(body);
	}

	/**
	 * Posts a virtual host request.
	 * @param body the JSON body
	 * @return the answer
	 * @throws Exception if the request fails
	 */
	HttpResponse<String> post(String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.requests)
			.header("Authorization", this.bearer)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	/**
	 * Checks that a virtual host request created the host.
	 * @param answer the answer
	 * @param alias the alias requested
	 */
	void assertCreated(HttpResponse<String> answer, String alias) {
		assertThat(answer.statusCode()).as("direct POST answer: %s", answer.body()).isEqualTo(201);
		JsonNode created = this.json.readTree(answer.body()).path("d");
		assertThat(created.path("virtualHostUrl").asString()).isEqualTo(alias);
		assertThat(created.path("allocationStatus").asString()).isEqualTo("COMPLETE");
	}

	private String token(URI tokenEndpoint, String clientId, String clientSecret)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
			.header("Authorization", basic(clientId, clientSecret))
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> answer = this.http.send(request, BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("token answer").isEqualTo(200);
		String token = this.json.readTree(answer.body()).path("access_token").asString();
		assertThat(token).as("access token").isNotBlank();
		return token;
	}

	// RFC 6749 section 2.3.1: id and secret are form-encoded before they are joined.
	private static String basic(String clientId, String clientSecret) {
		String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
		byte[] bytes = pair.getBytes(StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(bytes);
	}

	private static String formEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
