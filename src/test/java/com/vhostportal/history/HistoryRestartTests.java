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
		String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("portal").toAbsolutePath();
		long id;
		try (ConfigurableApplicationContext first = start(url)) {
			id = first.getBean(HistoryRepository.class)
				.recordPending(new NewSubmission("ada", "sandbox", "Sandbox", Operation.CREATE, "kept", null,
						"http://localhost/x", "{\"virtualHostUrl\":\"kept\"}", null, "c-1",
						new Submitter("demo:ada", "Ada", "ada@example.com"), "platform"));
		}

		try (ConfigurableApplicationContext second = start(url)) {
			HistoryRecord record = second.getBean(HistoryRepository.class).find(id).orElseThrow();
			assertThat(record.virtualHost()).isEqualTo("kept");
			assertThat(record.requestBody()).isEqualTo("{\"virtualHostUrl\":\"kept\"}");
		}
	}

	private static ConfigurableApplicationContext start(String datasourceUrl) {
		return new SpringApplicationBuilder(VhostPortalApplication.class).run(datasourceUrl, "--server.port=0");
	}

}
