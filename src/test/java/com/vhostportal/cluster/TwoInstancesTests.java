package com.vhostportal.cluster;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.vhostportal.VhostPortalApplication;
import com.vhostportal.history.HistoryRecord;
import com.vhostportal.history.HistoryRepository;
import com.vhostportal.history.HistoryStatus;
import com.vhostportal.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one PostgreSQL, as behind a load balancer: sessions live in the
 * database, so a user goes on with either instance, and concurrent submissions through
 * both leave one complete history record each.
 */
class TwoInstancesTests {

	private static final String ARGUMENTS = """
			--server.port=%s
			--spring.datasource.url=%s
			--spring.datasource.username=%s
			--spring.datasource.password=%s
			--spring.autoconfigure.exclude=
			--portal.sandbox.write-client-secret=two-instances-write
			--portal.sandbox.read-client-secret=two-instances-read
			--portal.tenants[0].id=sandbox
			--portal.tenants[0].name=Sandbox
			--portal.tenants[0].team=platform
			--portal.tenants[0].account-id=sandbox
			--portal.tenants[0].write-key.url=%s
			--portal.tenants[0].write-key.token-url=%s/oauth/token
			--portal.tenants[0].write-key.client-id=sandbox-selfservice
			--portal.tenants[0].write-key.client-secret=two-instances-write
			--portal.tenants[0].read-key.url=%s
			--portal.tenants[0].read-key.token-url=%s/oauth/token
			--portal.tenants[0].read-key.client-id=sandbox-admin
			--portal.tenants[0].read-key.client-secret=two-instances-read
			""";

	private static PostgresTestDatabase database;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String firstUrl;

	private static String secondUrl;

	@BeforeAll
	static void startTwoInstances() {
		database = PostgresTestDatabase.create();
		int firstPort = TestSocketUtils.findAvailableTcpPort();
		int secondPort = TestSocketUtils.findAvailableTcpPort();
		// Both instances call the first one's sandbox, so that they share one API
		// Management.
		String apim = "http://localhost:" + firstPort + "/sandbox/apim";
		first = start(firstPort, apim);
		second = start(secondPort, apim);
		firstUrl = "http://localhost:" + firstPort;
		secondUrl = "http://localhost:" + secondPort;
	}

	@AfterAll
	static void stopInstances() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void continueWhenSignedInOnOneInstanceThenOtherInstanceKnowsTheSession() throws Exception {
		PortalUser user = new PortalUser();
		user.signIn(firstUrl, "admin", "admin");

		String review = user.review(secondUrl, "two-instances");
		HttpResponse<String> sent = user.send(firstUrl, review);

		String result = PortalUser.location(sent);
		assertThat(result).startsWith("/virtual-hosts/results/");
		assertThat(user.get(secondUrl + result).body()).contains("data-status=\"SUCCEEDED\"");
	}

	@Test
	void sendWhenSameReviewPostedToBothInstancesAtOnceThenSentOnce() throws Exception {
		PortalUser user = new PortalUser();
		user.signIn(firstUrl, "admin", "admin");
		String review = user.review(firstUrl, "once-only");
		String csrf = PortalUser.csrf(user.get(firstUrl + review).body());
		long before = count("once-only");

		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<HttpResponse<String>>> posts = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String base = (i % 2 == 0) ? firstUrl : secondUrl;
				posts.add(executor.submit(() -> user.post(base + review, Map.of("_csrf", csrf))));
			}
			for (Future<HttpResponse<String>> post : posts) {
				assertThat(post.get(60, TimeUnit.SECONDS).statusCode()).isIn(200, 302);
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(count("once-only") - before).isEqualTo(1);
	}

	@Test
	// @formatter:off
	void submitWhenManyUsersUseBothInstancesAtOnceThenEveryOneHasOneCompletedRecord()
			throws Exception {
	// @formatter:on
		int submissions = 16;
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < submissions; i++) {
				String alias = "concurrent-" + i;
				boolean startOnFirst = i % 2 == 0;
				results.add(executor.submit(submitThroughBoth(alias, startOnFirst)));
			}
			for (Future<String> result : results) {
				String location = result.get(120, TimeUnit.SECONDS);
				assertThat(location).startsWith("/virtual-hosts/results/");
			}
		}
		finally {
			executor.shutdownNow();
		}

		List<HistoryRecord> records = first.getBean(HistoryRepository.class).page(null, 500);
		List<HistoryRecord> concurrent = records.stream()
			.filter((record) -> record.virtualHost().startsWith("concurrent-"))
			.toList();
		assertThat(concurrent).hasSize(submissions);
		assertThat(concurrent).allMatch((record) -> record.status() == HistoryStatus.SUCCEEDED);
		assertThat(concurrent).extracting(HistoryRecord::virtualHost).doesNotHaveDuplicates();
		assertThat(concurrent).extracting(HistoryRecord::correlationId).doesNotHaveDuplicates();
	}

	private static Callable<String> submitThroughBoth(String alias, boolean startOnFirst) {
		return () -> {
			PortalUser user = new PortalUser();
			String one = startOnFirst ? firstUrl : secondUrl;
			String other = startOnFirst ? secondUrl : firstUrl;
			user.signIn(one, "admin", "admin");
			String review = user.review(one, alias);
			return PortalUser.location(user.send(other, review));
		};
	}

	private static long count(String alias) {
		return first.getBean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM history_record WHERE virtual_host = :alias")
			.param("alias", alias)
			.query(Long.class)
			.single();
	}

	private static ConfigurableApplicationContext start(int port, String apim) {
		String url = database.url();
		String user = database.username();
		String password = database.password();
		String settings = ARGUMENTS.formatted(port, url, user, password, apim, apim, apim, apim);
		String[] arguments = settings.lines().toArray(String[]::new);
		return new SpringApplicationBuilder(VhostPortalApplication.class).run(arguments);
	}

}
