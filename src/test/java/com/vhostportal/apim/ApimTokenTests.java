package com.vhostportal.apim;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the tokens that calls to API Management carry, fetched through Spring
 * Security's OAuth2 client from a real HTTP server.
 */
class ApimTokenTests {

	private static final String VIRTUAL_HOSTS = "{\"d\":{\"results\":[]}}";

	private MockApim apim;

	@BeforeEach
	void startApim() throws IOException {
		this.apim = new MockApim();
	}

	@AfterEach
	void stopApim() {
		this.apim.close();
	}

	@Test
	void sendWhenNoTokenYetThenTokenRequestedWithEncodedBasicCredentialsAndGrantTypeInQuery() {
		this.apim.enqueue(201, "{\"d\":{}}");

		this.apim.requestClient().send(this.apim.tenant("acme"), "{}", "corr-1");

		RecordedRequest tokenCall = this.apim.tokenRequests().get(0);
		assertThat(tokenCall.getMethod()).isEqualTo("POST");
		assertThat(tokenCall.getTarget()).isEqualTo("/oauth/token?grant_type=client_credentials");
		assertThat(tokenCall.getHeaders().get("Authorization"))
			.isEqualTo(basic(MockApim.WRITE_CLIENT_ID, MockApim.WRITE_CLIENT_SECRET));
		assertThat(tokenCall.getHeaders().get("X-CF-ENCODED-CREDENTIALS")).isEqualTo("true");
		assertThat(tokenCall.getHeaders().get("Accept")).contains("application/json");
		assertThat(tokenCall.getBody().utf8()).isEqualTo("grant_type=client_credentials");
		assertThat(authorization(this.apim.apiRequest(0))).isEqualTo("Bearer token-1");
	}

	@Test
	void callsWhenTokenStillValidThenOneTokenServesBoth() {
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		ManagementClient client = this.apim.managementClient();

		client.virtualHosts(this.apim.tenant("acme"));
		client.virtualHosts(this.apim.tenant("acme"));

		assertThat(this.apim.tokenRequests()).hasSize(1);
		assertThat(this.apim.apiRequests()).extracting(ApimTokenTests::authorization)
			.containsExactly("Bearer token-1", "Bearer token-1");
	}

	@Test
	void callsWhenTokenComesWithinRefreshSkewOfExpiryThenNewTokenFetched() throws Exception {
		this.apim.enqueueToken(this.apim.token(61));
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		ManagementClient client = this.apim.managementClient();

		client.virtualHosts(this.apim.tenant("acme"));
		Thread.sleep(1500);
		client.virtualHosts(this.apim.tenant("acme"));

		assertThat(this.apim.tokenRequests()).hasSize(2);
		assertThat(this.apim.apiRequests()).extracting(ApimTokenTests::authorization)
			.containsExactly("Bearer token-1", "Bearer token-2");
	}

	@Test
	void callWhenApiManagementRefusedTheTokenThenFreshTokenFetchedAndCallRetriedOnce() {
		this.apim.enqueue(new MockResponse.Builder().code(401).build());
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		ManagementClient client = this.apim.managementClient();

		assertThat(client.virtualHosts(this.apim.tenant("acme"))).isEmpty();

		assertThat(this.apim.tokenRequests()).hasSize(2);
		assertThat(this.apim.apiRequests()).hasSize(2);
		assertThat(authorization(this.apim.apiRequest(0))).isEqualTo("Bearer token-1");
		assertThat(authorization(this.apim.apiRequest(1))).isEqualTo("Bearer token-2");
	}

	@Test
	void sendWhenApiManagementRefusesFreshTokenTooThenUnauthorizedAfterExactlyOneRetry() {
		this.apim.enqueue(new MockResponse.Builder().code(401).build());
		this.apim.enqueue(new MockResponse.Builder().code(401).build());

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(this::sendToAcme)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ApimFailureKind.UNAUTHORIZED));

		assertThat(this.apim.apiRequests()).hasSize(2);
		assertThat(this.apim.tokenRequests()).hasSize(2);
	}

	@Test
	void callsWhenTenantHasReadKeyThenReadsUseItAndWritesUseTheWriteKey() {
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		this.apim.enqueue(201, "{\"d\":{}}");

		this.apim.managementClient().virtualHosts(this.apim.tenant("split"));
		this.apim.requestClient().send(this.apim.tenant("split"), "{}", "corr-1");

		assertThat(this.apim.tokenRequests()).extracting(ApimTokenTests::authorization)
			.containsExactly(basic(MockApim.READ_CLIENT_ID, MockApim.READ_CLIENT_SECRET),
					basic(MockApim.WRITE_CLIENT_ID, MockApim.WRITE_CLIENT_SECRET));
	}

	@Test
	void readWhenTenantHasNoReadKeyThenWriteKeyUsed() {
		this.apim.enqueue(200, VIRTUAL_HOSTS);

		this.apim.managementClient().virtualHosts(this.apim.tenant("acme"));

		assertThat(this.apim.tokenRequests().get(0).getHeaders().get("Authorization"))
			.isEqualTo(basic(MockApim.WRITE_CLIENT_ID, MockApim.WRITE_CLIENT_SECRET));
	}

	@Test
	void sendWhenTokenEndpointAnswers401ThenTokenExceptionSaysWhatToCheckWithoutSecrets() {
		this.apim.enqueueToken(MockApim.json(401, """
				{"error":"unauthorized","error_description":"Bad credentials"}"""));
		String start = "The token endpoint of the write key of tenant 'acme' answered 401";
		String end = ": check the client id and secret of the write key of tenant 'acme'";
		String secret = MockApim.WRITE_CLIENT_SECRET;

		assertTokenFails().withMessageStartingWith(start)
			.withMessageContaining("(Bad credentials)")
			.withMessageEndingWith(end)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(secret));
		assertThat(this.apim.apiRequests()).isEmpty();
	}

	@Test
	void sendWhenTokenEndpointFailsWithHtmlThenTokenExceptionWithStatus() {
		String page = "<html>down</html>";
		this.apim.enqueueToken(new MockResponse.Builder().code(503).body(page).build());
		String message = "The token endpoint of the write key of tenant 'acme' answered 503";

		assertTokenFails().withMessage(message);
	}

	@Test
	void sendWhenTokenAnswerHasNoTokenThenTokenException() {
		String page = "<html>Sign in</html>";
		this.apim.enqueueToken(new MockResponse.Builder().code(200).body(page).build());
		String message = """
				The token endpoint of the write key of tenant 'acme' answered without a usable \
				token (invalid_token_response)""";

		assertTokenFails().withMessage(message);
	}

	@Test
	void sendWhenTokenEndpointUnreachableThenTokenException() throws IOException {
		MockApim gone = new MockApim();
		VirtualHostRequestClient client = gone.requestClient();
		gone.close();
		String refused = "The token endpoint of the write key of tenant 'acme' refused";

		assertThatExceptionOfType(ApimTokenException.class)
			.isThrownBy(() -> client.send(gone.tenant("acme"), "{}", "corr-1"))
			.withMessageStartingWith(refused);
	}

	private void sendToAcme() {
		this.apim.requestClient().send(this.apim.tenant("acme"), "{}", "corr-1");
	}

	private ThrowableAssertAlternative<ApimTokenException> assertTokenFails() {
		return assertThatExceptionOfType(ApimTokenException.class).isThrownBy(this::sendToAcme);
	}

	private static String basic(String clientId, String clientSecret) {
		String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
		byte[] bytes = credentials.getBytes(StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(bytes);
	}

	private static String authorization(RecordedRequest request) {
		return request.getHeaders().get("Authorization");
	}

}
