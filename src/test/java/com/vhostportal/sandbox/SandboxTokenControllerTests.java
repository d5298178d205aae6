package com.vhostportal.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.vhostportal.sandbox.SandboxCalls.assertJsonPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxTokenController}.
 */
@SandboxWebMvcTest
class SandboxTokenControllerTests {

	private static final String SELF_SERVICE = "APIManagement.SelfService.Administrator";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SandboxProperties properties;

	@Autowired
	private ConfigurableEnvironment environment;

	private SandboxCalls calls;

	@BeforeEach
	void setUp() {
		this.calls = new SandboxCalls(this.mvc, this.properties);
	}

	@Test
	void startWhenSecretsAreNotConfiguredThenRandomSecretsAreSupplied() {
		String propertySource = SandboxSecretsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME;

		assertThat(this.environment.getPropertySources().contains(propertySource)).isTrue();
		assertThat(this.properties.writeClientId()).isEqualTo("sandbox-selfservice");
		assertThat(this.properties.readClientId()).isEqualTo("sandbox-admin");
		String writeSecret = this.properties.writeClientSecret();
		assertThat(writeSecret).hasSize(43).isNotEqualTo(this.properties.readClientSecret());
		assertThat(this.properties.toString()).doesNotContain(writeSecret);
	}

	@Test
	void issueWhenBasicCredentialsAndGrantInQueryThenBearerTokenWithWriteRole() {
		MvcTestResult result = this.calls.tokenRequest(this.properties.writeClientId(),
				this.properties.writeClientSecret());

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		assertJsonPath(result, "$.token_type").isEqualTo("bearer");
		assertJsonPath(result, "$.expires_in").isEqualTo(3600);
		assertJsonPath(result, "$.scope").isEqualTo(SELF_SERVICE);
		String accessToken = SandboxCalls.read(result, "$.access_token");
		assertThat(accessToken).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void issueWhenFormCredentialsAndGrantInBodyThenTokenWithReadRole() {
		String clientId = this.properties.readClientId();
		String clientSecret = this.properties.readClientSecret();
		String credentials = "client_id=" + clientId + "&client_secret=" + clientSecret;
		String form = "grant_type=client_credentials&" + credentials;

		MvcTestResult result = this.mvc.post()
			.uri(SandboxCalls.TOKEN)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form)
			.exchange();

		assertThat(result).hasStatusOk();
		assertJsonPath(result, "$.scope").isEqualTo("APIPortal.Administrator");
	}

	@Test
	void issueWhenGrantInQueryAndFormBodyThenToken() {
		MvcTestResult result = this.mvc.post()
			.uri(SandboxCalls.TOKEN + "?grant_type=client_credentials")
			.header(HttpHeaders.AUTHORIZATION, writeClientBasic())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("grant_type=client_credentials")
			.exchange();

		assertThat(result).hasStatusOk();
	}

	@Test
	void issueWhenSecretIsWrongThenUnauthorizedInvalidClient() {
		String clientId = this.properties.writeClientId();

		MvcTestResult result = this.calls.tokenRequest(clientId, "not-the-secret");

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sandbox\"");
		assertJsonPath(result, "$.error").isEqualTo("invalid_client");
		assertThat(SandboxCalls.body(result)).doesNotContain("access_token");
	}

	@Test
	void issueWhenSecretOfTheOtherClientThenUnauthorizedInvalidClient() {
		MvcTestResult result = this.calls.tokenRequest(this.properties.writeClientId(),
				this.properties.readClientSecret());

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void issueWhenNoCredentialsThenUnauthorizedInvalidClient() {
		String uri = SandboxCalls.TOKEN + "?grant_type=client_credentials";

		MvcTestResult result = this.mvc.post().uri(uri).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertJsonPath(result, "$.error").isEqualTo("invalid_client");
	}

	@Test
	void issueWhenGrantTypeIsPasswordThenBadRequestUnsupportedGrantType() {
		MvcTestResult result = this.mvc.post()
			.uri(SandboxCalls.TOKEN + "?grant_type=password")
			.header(HttpHeaders.AUTHORIZATION, writeClientBasic())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertJsonPath(result, "$.error").isEqualTo("unsupported_grant_type");
	}

	@Test
	void issueWhenGrantTypeMissingThenBadRequestInvalidRequest() {
		MvcTestResult result = this.mvc.post()
			.uri(SandboxCalls.TOKEN)
			.header(HttpHeaders.AUTHORIZATION, writeClientBasic())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertJsonPath(result, "$.error").isEqualTo("invalid_request");
	}

	@Test
	void callWhenIssuedTokenIsPresentedThenAccepted() {
		String token = this.calls.writeToken();

		assertThat(this.calls.get(token, "/VirtualHosts")).hasStatusOk();
	}

	private String writeClientBasic() {
		String secret = this.properties.writeClientSecret();
		return SandboxCalls.basic(this.properties.writeClientId(), secret);
	}

}
