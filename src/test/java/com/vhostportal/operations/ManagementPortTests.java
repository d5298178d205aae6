package com.vhostportal.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a separate management port, as the hosted profile has, metrics answer there
 * without sign-in and stay closed on the application's port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "server.port=0" })
@ActiveProfiles("test")
class ManagementPortTests {

	private final HttpClient http = notFollowingRedirects();

	@LocalServerPort
	private int applicationPort;

	@LocalManagementPort
	private int managementPort;

	@Test
	void prometheusWhenAskedOnManagementPortThenOpen() throws Exception {
		HttpResponse<String> response = get(this.managementPort, "/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void prometheusWhenAskedOnApplicationPortThenClosed() throws Exception {
		HttpResponse<String> response = get(this.applicationPort, "/actuator/prometheus");

		assertThat(response.statusCode()).isNotEqualTo(200);
		assertThat(response.body()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void healthWhenAskedOnManagementPortThenOpen() throws Exception {
		HttpResponse<String> response = get(this.managementPort, "/actuator/health/readiness");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		URI uri = URI.create("http://localhost:" + port + path);
		HttpRequest request = HttpRequest.newBuilder(uri).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient notFollowingRedirects() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

}
