package com.vhostportal.apim;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the log lines of calls to API Management.
 */
class CallLoggingTests {

	private static final String SERVICE = "/apiportal/operations/1.0/Configuration.svc";

	private static final String PATH = SERVICE + "/VirtualHostRequests";

	private static final String LINE = "%s for tenant acme: %s in %s ms, correlation id corr-7";

	private final Logger logger = (Logger) LoggerFactory.getLogger(CallLogging.class);

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private MockApim apim;

	@BeforeEach
	void start() throws IOException {
		this.events.start();
		this.logger.addAppender(this.events);
		this.apim = new MockApim();
	}

	@AfterEach
	void stop() {
		this.logger.detachAppender(this.events);
		this.apim.close();
	}

	@Test
	void sendWhenAnsweredThenOneLinePerCallWithCorrelationIdInMessageAndMdc() {
		this.apim.enqueue(201, "{\"d\":{}}");

		this.apim.requestClient().send(this.apim.tenant("acme"), "{}", "corr-7");

		String token = line("Token endpoint POST /oauth/token", 200, this.events.list.get(0));
		String call = line("API Management POST " + PATH, 201, this.events.list.get(1));
		assertThat(messages()).containsExactly(token, call);
		assertThat(this.events.list).extracting(ILoggingEvent::getMDCPropertyMap)
			.allSatisfy((mdc) -> assertThat(mdc).containsEntry("correlationId", "corr-7"));
	}

	@Test
	void sendWhenLoggedThenNoTokenSecretOrQuery() {
		this.apim.enqueue(201, "{\"d\":{}}");

		this.apim.requestClient().send(this.apim.tenant("acme"), "{}", "corr-7");

		String secret = MockApim.WRITE_CLIENT_SECRET;
		String id = MockApim.WRITE_CLIENT_ID;
		List<String> hidden = List.of("token-1", secret, id, "grant_type", "Bearer", "Basic");
		assertThat(messages()).noneMatch((line) -> hidden.stream().anyMatch(line::contains));
	}

	@Test
	void logWhenDoneThenPreviousMdcValueRestored() {
		MDC.put(CallContext.MDC_KEY, "request-1");
		try {
			CallContext context = new CallContext("acme", "corr-7");
			context.log(() -> assertThat(MDC.get(CallContext.MDC_KEY)).isEqualTo("corr-7"));

			assertThat(MDC.get(CallContext.MDC_KEY)).isEqualTo("request-1");
		}
		finally {
			MDC.remove(CallContext.MDC_KEY);
		}
	}

	private List<String> messages() {
		return this.events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	private static String line(String call, int status, ILoggingEvent event) {
		Object millis = event.getArgumentArray()[3];
		return LINE.formatted(call, status, millis);
	}

}
