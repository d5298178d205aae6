package com.vhostportal.vhost;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.vhostportal.support.PortalBrowser;
import com.vhostportal.support.ScriptedApim;
import com.vhostportal.support.ScriptedApim.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One review page confirmed by many requests at the same time (a double click, a reload,
 * a second tab), over real HTTP in one session: the request is sent once, and every
 * answer leads to that one submission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConcurrentSendTests {

	private static final int REQUESTS = 8;

	private static final String COUNT_RECORDS = """
			SELECT COUNT(*) FROM history_record WHERE virtual_host = 'clicked-twice'""";

	private static final String RECORD_ID = """
			SELECT id FROM history_record WHERE virtual_host = 'clicked-twice'""";

	private static final ScriptedApim apim = ScriptedApim.start(Duration.ofSeconds(2));

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void tenants(DynamicPropertyRegistry registry) {
		apim.registerTenant(registry, 0, "scripted");
	}

	@AfterAll
	static void stop() {
		apim.close();
	}

	@Test
	void sendWhenReviewPostedConcurrentlyThenSentOnceAndEveryAnswerLeadsToIt() throws Exception {
		URI portal = URI.create("http://localhost:" + this.port);
		PortalBrowser browser = PortalBrowser.signIn(portal, "admin", "admin");
		URI review = browser.reviewPageOf(browser.postCreateForm("scripted", "clicked-twice"));
		apim.failNextWrite(Fault.SLOW);

		List<HttpResponse<String>> answers = sendAtOnce(() -> browser.send(review));

		assertThat(apim.writes()).isEqualTo(1);
		assertThat(apim.duplicates()).isEmpty();
		Long recorded = this.jdbc.sql(COUNT_RECORDS).query(Long.class).single();
		assertThat(recorded).isEqualTo(1);
		long id = this.jdbc.sql(RECORD_ID).query(Long.class).single();
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() == 200) {
				assertThat(answer.body()).contains("Already being sent");
			}
			else {
				assertThat(PortalBrowser.historyIdOf(answer)).isEqualTo(id);
			}
		}
		assertThat(answers).anySatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(302));
	}

	private static <T> List<T> sendAtOnce(Callable<T> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> pending = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				Callable<T> send = () -> {
					start.await();
					return request.call();
				};
				pending.add(threads.submit(send));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> answer : pending) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
