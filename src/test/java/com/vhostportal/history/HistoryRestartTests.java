package com.vhostportal.history;

import java.nio.file.Path;

import com.vhostportal.VhostPortalApplication;
import com.vhostportal.apim.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default H2 file database keeps the history when the portal restarts.
 */
class HistoryRestartTests {

	@Test
	void findWhenPortalRestartedOnSameFileDatabaseThenRecordIsStillThere(@TempDir Path dir) {
		Path file = dir.resolve("portal").toAbsolutePath();
		String url = "--spring.datasource.url=jdbc:h2:file:" + file;
		Submitter ada = new Submitter("demo:ada", "Ada", "ada@example.com");
		String body = "{\"virtualHostUrl\":\"kept\"}";
		// @formatter:off
		NewSubmission submission = new NewSubmission("ada", "sandbox", "Sandbox", Operation.CREATE,
				"kept", null, "http://localhost/x", body, null, "c-1", ada, "platform");
		// @formatter:on
		long id;
		try (ConfigurableApplicationContext first = start(url)) {
			id = first.getBean(HistoryRepository.class).recordPending(submission);
		}

		try (ConfigurableApplicationContext second = start(url)) {
			HistoryRecord record = second.getBean(HistoryRepository.class).find(id).orElseThrow();
			assertThat(record.virtualHost()).isEqualTo("kept");
			assertThat(record.requestBody()).isEqualTo("{\"virtualHostUrl\":\"kept\"}");
		}
	}

	private static ConfigurableApplicationContext start(String datasourceUrl) {
		var portal = new SpringApplicationBuilder(VhostPortalApplication.class);
		return portal.run(datasourceUrl, "--server.port=0");
	}

}
