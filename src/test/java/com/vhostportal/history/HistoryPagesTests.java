package com.vhostportal.history;

import com.vhostportal.apim.Operation;
import com.vhostportal.support.TestUsers;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an auditor reads: a record in full, with the before and after of an update, in the
 * viewer's time zone, and a search form that says what is wrong with a filter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HistoryPagesTests {

	private static final String BEFORE = """
			{"id":"vh-7","name":"orders","host":"orders.example.com","port":443,
			"defaultHost":false,"ssl":true,"customDomain":true,"clientAuth":false,
			"keyStoreName":"old-keys","keyStoreAlias":"server","trustStore":null,
			"changedAt":null}""";

	private static final String UPDATE = """
			{"virtualHostId":"vh-7","accountId":"acme","virtualHostUrl":"orders.example.com",\
			"isDefaultVirtualHostRequest":false,"isForCustomDomain":true,\
			"keyStoreName":"new-keys","keyStoreAlias":"server","isClientAuthEnabled":true,\
			"trustStore":"clients","operation":"UPDATE"}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HistoryRepository history;

	@Test
	void detailWhenUpdateThenShowsEachFieldBeforeAndAsRequested() throws Exception {
		long id = record(Operation.UPDATE, UPDATE, BEFORE);

		String page = this.mvc.perform(auditorGet("/history/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String rows = page.replaceAll(">\\s+<", "><");
		String unchanged = "<td><span class=\"muted\">unchanged</span>";
		assertThat(rows).contains("<table class=\"changes\" id=\"history-changes\">")
			.contains(changed("Keystore", "old-keys", "new-keys"))
			.contains(changed("Truststore", "(none)", "clients"))
			.contains(changed("Require client certificates (mutual TLS)", "false", "true"))
			.contains("<tr><td>Key alias</td><td>server</td>" + unchanged)
			.contains("<tr><td>Domain</td><td>Custom domain (a full host name)</td>" + unchanged);
		assertThat(page).contains("  &quot;virtualHostId&quot; : &quot;vh-7&quot;,\n");
	}

	@Test
	void detailWhenCreateThenNoComparison() throws Exception {
		String create = "{\"virtualHostUrl\":\"orders\",\"operation\":\"CREATE\"}";
		long id = record(Operation.CREATE, create, null);

		this.mvc.perform(auditorGet("/history/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"history-changes\""))));
	}

	@Test
	void detailWhenBeforeStateInAnotherShapeThenShownWithoutComparison() throws Exception {
		String before = "{\"id\":\"vh-7\",\"isSSL\":true,\"defaultHost\":null}";
		long id = record(Operation.UPDATE, UPDATE, before);

		this.mvc.perform(auditorGet("/history/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"history-changes\""))))
			.andExpect(content().string(containsString("&quot;isSSL&quot; : true")));
	}

	@Test
	void detailWhenBrowserNamesItsZoneThenTimesInThatZone() throws Exception {
		long id = record(Operation.CREATE, "{}", null);

		this.mvc.perform(auditorGet("/history/" + id).cookie(zone("Asia/Kolkata")))
			.andExpect(content().string(containsString("+05:30</time>")))
			.andExpect(content().string(containsString("(Asia/Kolkata)")));
		this.mvc.perform(auditorGet("/history/" + id).cookie(zone("Not/AZone")))
			.andExpect(content().string(containsString("Z</time>")))
			.andExpect(content().string(containsString("(Z)")));
	}

	@Test
	void listWhenNoZoneGivenThenViewersZoneKeptInTheLinks() throws Exception {
		record(Operation.CREATE, "{}", null);
		String csvLink = "export.csv?user=ada&amp;zone=Europe/Berlin";

		this.mvc.perform(auditorGet("/history?user=ada").cookie(zone("Europe/Berlin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Europe/Berlin\"")))
			.andExpect(content().string(containsString(csvLink)));
	}

	@Test
	void listWhenFilterUnreadableThenFieldErrorsEntriesKeptAndNothingListed() throws Exception {
		record(Operation.CREATE, "{}", null);
		// @formatter:off
		Matcher<String> errorsAndEntries = allOf(
				containsString("Enter a date such as 2026-01-31."),
				containsString("Enter an IANA time zone such as Europe/Berlin, or UTC."),
				containsString("value=\"31.01.2026\""),
				containsString("value=\"Mars/Olympus\""),
				containsString("value=\"ada\""));
		// @formatter:on

		this.mvc.perform(auditorGet("/history?user=ada&from=31.01.2026&zone=Mars/Olympus"))
			.andExpect(status().isOk())
			.andExpect(content().string(errorsAndEntries))
			.andExpect(content().string(not(containsString("data-record="))))
			.andExpect(content().string(not(containsString("export.csv"))));
	}

	private long record(Operation operation, String body, String before) {
		String url = "https://apim.example.com/VirtualHostRequests";
		Submitter ada = new Submitter("demo:ada", "Ada", "ada@example.com");
		// @formatter:off
		NewSubmission submission = new NewSubmission("ada", "sandbox", "Sandbox", operation,
				"orders.example.com", "vh-7", url, body, before, "corr-1", ada, "platform");
		// @formatter:on
		return this.history.recordPending(submission);
	}

	private static String changed(String label, String before, String after) {
		String row = "<tr class=\"changed\"><td>" + label + "</td>";
		return row + "<td>" + before + "</td><td><span>" + after + "</span>";
	}

	private static MockHttpServletRequestBuilder auditorGet(String uri) {
		return get(uri).with(TestUsers.auditorOfAllTeams());
	}

	private static Cookie zone(String name) {
		return new Cookie("portal_zone", name);
	}

}
