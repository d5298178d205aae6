package com.vhostportal.sandbox;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonPathValueAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the sandbox the way the portal's client does: a token from the token endpoint,
 * then bearer calls.
 */
final class SandboxCalls {

	private static final String APIPORTAL = "/sandbox/apim/apiportal";

	private static final String CONFIGURATION = APIPORTAL + "/operations/1.0/Configuration.svc";

	static final String TOKEN = "/sandbox/apim/oauth/token";

	static final String VIRTUAL_HOST_REQUESTS = CONFIGURATION + "/VirtualHostRequests";

	static final String MANAGEMENT = "/sandbox/apim/apiportal/api/1.0/Management.svc";

	private static final String DEFAULT_DOMAIN_BODY = """
			{"accountId": "sandbox", "virtualHostUrl": "%s", \
			"isDefaultVirtualHostRequest": false,
			 "operation": "CREATE"}""";

	private final MockMvcTester mvc;

	private final SandboxProperties properties;

	SandboxCalls(MockMvcTester mvc, SandboxProperties properties) {
		this.mvc = mvc;
		this.properties = properties;
	}

	String writeToken() {
		return token(this.properties.writeClientId(), this.properties.writeClientSecret());
	}

	String readToken() {
		return token(this.properties.readClientId(), this.properties.readClientSecret());
	}

	String token(String clientId, String clientSecret) {
		return read(tokenRequest(clientId, clientSecret), "$.access_token");
	}

	MvcTestResult tokenRequest(String clientId, String clientSecret) {
		return this.mvc.post()
			.uri(TOKEN + "?grant_type=client_credentials")
			.header(HttpHeaders.AUTHORIZATION, basic(clientId, clientSecret))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	MvcTestResult virtualHostRequest(String token, String body) {
		return this.mvc.post()
			.uri(VIRTUAL_HOST_REQUESTS)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	MvcTestResult get(String token, String pathOrUrl) {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : MANAGEMENT + pathOrUrl;
		URI uri = URI.create(url);
		return this.mvc.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	/**
	 * Creates a host on the default domain and returns its id.
	 * @param alias the alias
	 * @return the virtual host id
	 */
	String createOnDefaultDomain(String alias) {
		MvcTestResult created = virtualHostRequest(writeToken(), defaultDomainBody(alias));
		return read(created, "$.d.virtualHostId");
	}

	static String defaultDomainBody(String alias) {
		return DEFAULT_DOMAIN_BODY.formatted(alias);
	}

	static String basic(String clientId, String clientSecret) {
		String credentials = clientId + ":" + clientSecret;
		byte[] bytes = credentials.getBytes(StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(bytes);
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static <T> T read(MvcTestResult result, String jsonPath) {
		return JsonPath.read(body(result), jsonPath);
	}

	static JsonPathValueAssert assertJsonPath(MvcTestResult result, String jsonPath) {
		return assertThat(result).bodyJson().extractingPath(jsonPath);
	}

}
