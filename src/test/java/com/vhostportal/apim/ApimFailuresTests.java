package com.vhostportal.apim;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.KeyRole;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApimFailures}.
 */
class ApimFailuresTests {

	private static final URI API = URI.create("https://acme.apim.example.com/apiportal/x");

	private static final ServiceKey KEY = new ServiceKey("https://acme.apim.example.com",
			"https://acme.authentication.eu10.hana.ondemand.com/oauth/token", "client", "secret");

	private static final TenantKey WRITE = TenantKey.of(acme(), KeyRole.WRITE);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ApimFailures failures = new ApimFailures(MockApim.properties(TIMEOUT));

	@Test
	void mapWhenHostUnknownThenRequestCertainlyDidNotArrive() {
		ApimException ex = map(request(new UnknownHostException("acme.apim.example.com")));
		String advice = "is unknown to DNS: check the URLs of the key";

		assertThat(ex).isInstanceOfSatisfying(ApimUnavailableException.class, (unavailable) -> {
			assertThat(unavailable.isRequestMayHaveArrived()).isFalse();
			assertThat(unavailable).hasMessageEndingWith(advice);
		});
	}

	@Test
	void mapWhenConnectionRefusedThenRequestCertainlyDidNotArrive() {
		ApimException ex = map(request(new ConnectException("Connection refused")));

		assertThat(ex).isInstanceOfSatisfying(ApimUnavailableException.class,
				(unavailable) -> assertThat(unavailable.isRequestMayHaveArrived()).isFalse());
	}

	@Test
	void mapWhenReadTimedOutThenRequestMayHaveArrived() {
		ApimException ex = map(request(ReadTimeoutException.INSTANCE));
		String timedOut = "API Management at acme.apim.example.com did not answer within 30 s";

		assertThat(ex).hasMessage(timedOut)
			.isInstanceOfSatisfying(ApimUnavailableException.class,
					(unavailable) -> assertThat(unavailable.isRequestMayHaveArrived()).isTrue());
	}

	@Test
	void mapWhenDeadlinePassedThenRequestMayHaveArrived() {
		ApimException ex = map(new TimeoutException());

		assertThat(ex).isInstanceOfSatisfying(ApimUnavailableException.class,
				(unavailable) -> assertThat(unavailable.isRequestMayHaveArrived()).isTrue());
	}

	@Test
	void mapWhenConnectionResetThenRequestMayHaveArrived() {
		ApimException ex = map(request(new IOException("Connection reset by peer")));

		assertThat(ex).hasMessageEndingWith("closed the connection before answering (IOException)")
			.isInstanceOfSatisfying(ApimUnavailableException.class,
					(unavailable) -> assertThat(unavailable.isRequestMayHaveArrived()).isTrue());
	}

	@Test
	void mapWhenTokenEndpointUnknownThenTokenException() {
		WebClientRequestException cause = request(new UnknownHostException());
		ApimException ex = map(new TokenEndpointException(0, null, cause));
		String unknown = "The token endpoint of the write key of tenant 'acme' is unknown";

		assertThat(ex).isInstanceOf(ApimTokenException.class).hasMessageStartingWith(unknown);
	}

	@Test
	void mapWhenUnusableTokenAnswerThenTokenException() {
		OAuth2Error error = new OAuth2Error("invalid_token_response");

		ApimException ex = map(new OAuth2AuthorizationException(error));

		assertThat(ex).isInstanceOf(ApimTokenException.class);
	}

	@Test
	void mapWhenAlreadyApimExceptionThenUnchanged() {
		ApimErrorException error = new ApimErrorException(413, null, "too large", "");

		assertThat(map(error)).isSameAs(error);
	}

	private ApimException map(Throwable failure) {
		return this.failures.map(failure, WRITE, API);
	}

	private static WebClientRequestException request(Throwable cause) {
		return new WebClientRequestException(cause, HttpMethod.POST, API, new HttpHeaders());
	}

	private static Tenant acme() {
		return new Tenant("acme", "Acme", "acme", FieldLayout.CURRENT, KEY, null, "platform");
	}

}
