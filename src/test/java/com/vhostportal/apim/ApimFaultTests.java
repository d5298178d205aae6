package com.vhostportal.apim;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.vhostportal.tenant.Tenant;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each way API Management can fail, injected on a real HTTP server: what kind of failure
 * the portal makes of it, whether a write may have arrived, and that writes are sent once
 * while reads are retried and paused per tenant.
 */
class ApimFaultTests {

	private static final String VIRTUAL_HOSTS = """
			{"d":{"results":[{"id":"vh-1","name":"prod-apis",\
			"virtual_host":"prod-apis.example.com"}]}}""";

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
	void sendWhenConnectionRefusedThenNothingSentAndKindSaysSo() {
		ApimException ex = sendFailure("offline", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.CONNECTION_REFUSED);
		assertThat(ex.kind().provesNotApplied()).isTrue();
	}

	@Test
	void sendWhenHostUnknownToDnsThenNothingSentAndMessageNamesTheUrls() {
		ApimException ex = sendFailure("unknown", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.UNKNOWN_HOST);
		assertThat(ex).hasMessageContaining("unknown to DNS");
	}

	@Test
	void sendWhenTlsHandshakeFailsThenNothingSent() {
		ApimException ex = sendFailure("tls", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.TLS_FAILED);
		assertThat(this.apim.apiRequests()).isEmpty();
	}

	@Test
	void sendWhenConnectionNotTakenInTimeThenConnectTimeoutAndNothingSent() throws IOException {
		this.apim.fillBacklog();

		ApimException ex = sendFailure("stalled", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.CONNECT_TIMEOUT);
		assertThat(ex.kind().provesNotApplied()).isTrue();
	}

	@Test
	void sendWhenNoAnswerInTimeThenResponseTimeoutMayHaveArrivedAndSentOnce() {
		MockResponse.Builder created = new MockResponse.Builder().code(201);
		this.apim.enqueue(created.headersDelay(2, TimeUnit.SECONDS).build());

		ApimException ex = sendFailure("acme", Duration.ofMillis(300));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.RESPONSE_TIMEOUT);
		assertThat(ex.kind().provesNotApplied()).isFalse();
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void sendWhenConnectionResetAfterRequestThenClosedMayHaveArrivedAndSentOnce() {
		this.apim.enqueue(connectionShutDown());

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.CONNECTION_CLOSED);
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void sendWhenServerErrorThenServerErrorAndWriteNotRetried() {
		this.apim.enqueue(503, "{\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"down\"}}");

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.SERVER_ERROR);
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void sendWhenRateLimitedThenRateLimitedWithRetryAfterAndWriteNotRetried() {
		this.apim.enqueue(rateLimited("7"));

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.RATE_LIMITED);
		assertThat(((ApimErrorException) ex).getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void sendWhenForbiddenThenKindAndMessageNameTheSelfServiceRole() {
		this.apim.enqueue(403, "{}");

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.FORBIDDEN);
		assertThat(ex).hasMessageContaining("APIManagement.SelfService.Administrator");
	}

	@Test
	void sendWhenHtmlErrorPageThenUnreadableAnswer() {
		this.apim.enqueue(new MockResponse.Builder().code(400)
			.addHeader("Content-Type", "text/html")
			.body("<!DOCTYPE html><html><body>Bad request</body></html>")
			.build());

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.UNREADABLE_ANSWER);
		assertThat(ex).hasMessageContaining("an HTML page");
	}

	@Test
	void sendWhenEmptyErrorBodyThenUnreadableAnswer() {
		this.apim.enqueue(new MockResponse.Builder().code(400).build());

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.UNREADABLE_ANSWER);
		assertThat(ex).hasMessageContaining("an empty body");
	}

	@Test
	void readWhenMalformedJsonThenUnreadableAnswerAndNotRetried() {
		this.apim.enqueue(200, "{\"d\": {\"results\": [");

		assertThatExceptionOfType(ApimErrorException.class)
			.isThrownBy(() -> this.apim.managementClient().virtualHosts(this.apim.tenant("acme")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ApimFailureKind.UNREADABLE_ANSWER));
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void sendWhenTokenEndpointFailsThenTokenEndpointKindAndApiNeverCalled() {
		this.apim.enqueueToken(MockApim.json(500, "{\"error\":\"server_error\"}"));

		ApimException ex = sendFailure("acme", Duration.ofSeconds(2));

		assertThat(ex.kind()).isEqualTo(ApimFailureKind.TOKEN_ENDPOINT);
		String endpoint = "The token endpoint of the write key of tenant 'acme'";
		assertThat(ex).hasMessageStartingWith(endpoint);
		assertThat(this.apim.apiRequests()).isEmpty();
	}

	@Test
	void readWhenServerErrorsPassThenRetriedUntilItSucceeds() {
		this.apim.enqueue(503, "{}");
		this.apim.enqueue(connectionShutDown());
		this.apim.enqueue(200, VIRTUAL_HOSTS);

		assertThat(this.apim.managementClient().virtualHosts(this.apim.tenant("acme"))).hasSize(1);
		assertThat(this.apim.apiRequests()).hasSize(3);
	}

	@Test
	void readWhenRateLimitedWithRetryAfterThenWaitsThatLongBeforeRetrying() {
		this.apim.enqueue(rateLimited("1"));
		this.apim.enqueue(200, VIRTUAL_HOSTS);
		long started = System.nanoTime();

		assertThat(this.apim.managementClient().virtualHosts(this.apim.tenant("acme"))).hasSize(1);

		Duration waited = Duration.ofNanos(System.nanoTime() - started);
		assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.apim.apiRequests()).hasSize(2);
	}

	@Test
	void readWhenRetryAfterLongerThanAllowedThenNotRetried() {
		this.apim.enqueue(rateLimited("120"));

		assertThatExceptionOfType(ApimErrorException.class)
			.isThrownBy(() -> this.apim.managementClient().virtualHosts(this.apim.tenant("acme")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ApimFailureKind.RATE_LIMITED));
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void readWhenRefusedThenNotRetried() {
		String notFound = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no such store\"}}";
		this.apim.enqueue(404, notFound);

		assertThatExceptionOfType(ApimErrorException.class)
			.isThrownBy(() -> this.apim.managementClient().virtualHosts(this.apim.tenant("acme")));
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void readWhenTenantKeepsFailingThenCircuitOpensForThatTenantOnly() {
		ManagementClient client = this.apim.managementClient(MockApim.readProperties(1));
		for (int i = 0; i < 4; i++) {
			this.apim.enqueue(503, "{}");
			assertThatExceptionOfType(ApimErrorException.class)
				.isThrownBy(() -> client.virtualHosts(this.apim.tenant("acme")));
		}

		assertThatExceptionOfType(ApimCircuitOpenException.class)
			.isThrownBy(() -> client.virtualHosts(this.apim.tenant("acme")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ApimFailureKind.CIRCUIT_OPEN));
		assertThat(this.apim.apiRequests()).hasSize(4);

		this.apim.enqueue(200, VIRTUAL_HOSTS);
		assertThat(client.virtualHosts(this.apim.tenant("split"))).hasSize(1);
	}

	private ApimException sendFailure(String tenantId, Duration responseTimeout) {
		VirtualHostRequestClient client = this.apim.requestClient(responseTimeout);
		Tenant tenant = this.apim.tenant(tenantId);
		ThrowingCallable send = () -> client.send(tenant, "{}", "corr-1");
		return catchThrowableOfType(ApimException.class, send);
	}

	private static MockResponse rateLimited(String retryAfter) {
		return new MockResponse.Builder().code(429).addHeader("Retry-After", retryAfter).build();
	}

	private static MockResponse connectionShutDown() {
		SocketEffect shutdown = SocketEffect.ShutdownConnection.INSTANCE;
		return new MockResponse.Builder().onResponseStart(shutdown).build();
	}

}
