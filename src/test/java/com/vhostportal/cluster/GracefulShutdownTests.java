package com.vhostportal.cluster;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.vhostportal.VhostPortalApplication;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping an instance lets a submission in flight finish and record its outcome, instead
 * of leaving a PENDING record and a user without an answer.
 */
class GracefulShutdownTests {

	private static final String ANSWER = """
			{"d":{"id":"req-1","virtualHostId":"vh-1","operation":"CREATE",\
			"allocationStatus":"COMPLETE"}}""";

	private static final String TOKEN = """
			{"access_token":"t","token_type":"bearer","expires_in":3600}""";

	private static final String ARGUMENTS = """
			--server.port=%s
			--spring.datasource.url=%s
			--portal.reconciliation.scheduled=false
			--portal.tenants[0].id=sandbox
			--portal.tenants[0].name=Slow
			--portal.tenants[0].team=platform
			--portal.tenants[0].account-id=slow
			--portal.tenants[0].write-key.url=%s
			--portal.tenants[0].write-key.token-url=%s/oauth/token
			--portal.tenants[0].write-key.client-id=client
			--portal.tenants[0].write-key.client-secret=secret
			""";

	@Test
	void stopWhenSubmissionInFlightThenItFinishesAndIsRecorded(@TempDir Path db) throws Exception {
		try (MockWebServer apim = new MockWebServer()) {
			apim.setDispatcher(slowApim());
			apim.start();
			String database = "jdbc:h2:file:" + db.resolve("portal").toAbsolutePath();
			int port = TestSocketUtils.findAvailableTcpPort();
			String apimUrl = apim.url("/").toString();
			ConfigurableApplicationContext portal = start(port, database, apimUrl);
			String base = "http://localhost:" + port;
			PortalUser user = new PortalUser();
			user.signIn(base, "admin", "admin");
			String review = user.review(base, "in-flight");

			CompletableFuture<HttpResponse<String>> sending = CompletableFuture
				.supplyAsync(() -> user.send(base, review));
			TimeUnit.MILLISECONDS.sleep(800);
			portal.close();

			String result = PortalUser.location(sending.get(30, TimeUnit.SECONDS));
			assertThat(result).startsWith("/virtual-hosts/results/");
			assertThat(statusOf(database, "in-flight")).isEqualTo("SUCCEEDED");
		}
	}

	// API Management that takes two seconds to answer a write: long enough to stop the
	// portal while the request is under way.
	private static Dispatcher slowApim() {
		return new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().endsWith("/oauth/token")) {
					return json(200, TOKEN);
				}
				if (request.getUrl().encodedPath().endsWith("/VirtualHostRequests")) {
					return new MockResponse.Builder().code(201)
						.addHeader("Content-Type", "application/json")
						.body(ANSWER)
						.headersDelay(2, TimeUnit.SECONDS)
						.build();
				}
				return json(200, "{\"d\":{\"results\":[]}}");
			}
		};
	}

	private static MockResponse json(int code, String body) {
		MockResponse.Builder response = new MockResponse.Builder().code(code);
		return response.addHeader("Content-Type", "application/json").body(body).build();
	}

	private static String statusOf(String database, String host) throws Exception {
		String query = "SELECT status FROM history_record WHERE virtual_host = '" + host + "'";
		try (Connection connection = DriverManager.getConnection(database, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	private static ConfigurableApplicationContext start(int port, String database, String apim) {
		String url = apim.endsWith("/") ? apim.substring(0, apim.length() - 1) : apim;
		String settings = ARGUMENTS.formatted(port, database, url, url);
		String[] arguments = settings.lines().toArray(String[]::new);
		return new SpringApplicationBuilder(VhostPortalApplication.class).run(arguments);
	}

}
