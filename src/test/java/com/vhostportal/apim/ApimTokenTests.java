package com.vhostportal.apim;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
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

		RecordedRequest tokenRequest = this.apim.tokenRequests().get(0);
		assertThat(tokenRequest.getMethod()).isEqualTo("POST");
		assertThat(tokenRequest.getTarget()).isEqualTo("/oauth/token?grant_type=client_credentials");
		assertThat(tokenRequest.getHeaders().get("Authorization"))
			.isEqualTo(basic(MockApim.WRITE_CLIENT_ID, MockApim.WRITE_CLIENT_SECRET));
		assertThat(tokenRequest.getHeaders().get("X-CF-ENCODED-CREDENTIALS")).isEqualTo("true");
		assertThat(tokenRequest.getHeaders().get("Accept")).contains("application/json");
		assertThat(tokenRequest.getBody().utf8()).isEqualTo("grant_type=client_credentials");
		assertThat(this.apim.apiRequest(0).getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
	}

	@Test
	void callsWhenTokenStillValidThenOneTokenServesBoth() {
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		ManagementClient client = this.apim.managementClient();

		client.virtualHosts(this.apim.tenant("acme"));
		client.virtualHosts(this.apim.tenant("acme"));

		assertThat(this.apim.tokenRequests()).hasSize(1);
		assertThat(this.apim.apiRequests()).extracting((request) -> request.getHeaders().get("Authorization"))
			.containsExactly("Bearer token-1", "Bearer token-1");
	}

	@Test
	void callsWhenTokenComesWithinRefreshSkewOfExpiryThenNewTokenFetched() throws InterruptedException {
		this.apim.enqueueToken(this.apim.token(61));
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		ManagementClient client = this.apim.managementClient();

		client.virtualHosts(this.apim.tenant("acme"));
		Thread.sleep(1500);
		client.virtualHosts(this.apim.tenant("acme"));

		assertThat(this.apim.tokenRequests()).hasSize(2);
		assertThat(this.apim.apiRequests()).extracting((request) -> request.getHeaders().get("Authorization"))
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
		assertThat(this.apim.apiRequest(0).getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(this.apim.apiRequest(1).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
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

		assertThat(this.apim.tokenRequests()).extracting((request) -> request.getHeaders().get("Authorization"))
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

		assertThatExceptionOfType(ApimTokenException.class).isThrownBy(this::sendToAcme)
			.withMessageStartingWith("The token endpoint of the write key of tenant 'acme' answered 401")
			.withMessageContaining("(Bad credentials)")
			.withMessageEndingWith(": check the client id and secret of the write key of tenant 'acme'")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(MockApim.WRITE_CLIENT_SECRET));
		assertThat(this.apim.apiRequests()).isEmpty();
	}

	@Test
	void sendWhenTokenEndpointFailsWithHtmlThenTokenExceptionWithStatus() {
		this.apim.enqueueToken(new MockResponse.Builder().code(503).body("<html>down</html>").build());

		assertThatExceptionOfType(ApimTokenException.class).isThrownBy(this::sendToAcme)
			.withMessage("The token endpoint of the write key of tenant 'acme' answered 503");
	}

	@Test
	void sendWhenTokenAnswerHasNoTokenThenTokenException() {
		this.apim.enqueueToken(new MockResponse.Builder().code(200).body("<html>Sign in</html>").build());

		assertThatExceptionOfType(ApimTokenException.class).isThrownBy(this::sendToAcme)
			.withMessage("The token endpoint of the write key of tenant 'acme' answered without a usable "
					+ "token (invalid_token_response)");
	}

	@Test
	void sendWhenTokenEndpointUnreachableThenTokenException() throws IOException {
		MockApim gone = new MockApim();
		VirtualHostRequestClient client = gone.requestClient();
		gone.close();

		assertThatExceptionOfType(ApimTokenException.class)
			.isThrownBy(() -> client.send(gone.tenant("acme"), "{}", "corr-1"))
			.withMessageStartingWith("The token endpoint of the write key of tenant 'acme' refused");
	}

	private void sendToAcme() {
		this.apim.requestClient().send(this.apim.tenant("acme"), "{}", "corr-1");
	}

	private static String basic(String clientId, String clientSecret) {
		String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
