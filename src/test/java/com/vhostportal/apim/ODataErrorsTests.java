package com.vhostportal.apim;

import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.KeyRole;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ODataErrors}.
 */
class ODataErrorsTests {

	private static final ServiceKey KEY = new ServiceKey("https://acme.apim.example.com",
			"https://acme.authentication.eu10.hana.ondemand.com/oauth/token", "client", "secret");

	private static final TenantKey WRITE = TenantKey.of(acme(), KeyRole.WRITE);

	@Test
	void exceptionWhenMessageIsAnObjectThenItsValue() {
		ApimErrorException ex = ODataErrors.exception(400, """
				{"error":{"code":"VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS",\
				"message":{"lang":"en","value":"Alias too long"}}}""", WRITE, null);

		assertThat(ex.getCode()).isEqualTo("VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS");
		assertThat(ex.getMessage()).isEqualTo("Alias too long");
	}

	@Test
	void exceptionWhenMessageIsAStringThenTheString() {
		String body = """
				{"error":{"code":"VHR_IN_USE","message":"Proxies are deployed on the host"}}""";

		ApimErrorException ex = ODataErrors.exception(409, body, WRITE, null);

		assertThat(ex.getCode()).isEqualTo("VHR_IN_USE");
		assertThat(ex.getMessage()).isEqualTo("Proxies are deployed on the host");
	}

	@Test
	void exceptionWhenOnlyACodeThenMessageNamesIt() {
		ApimErrorException ex = ODataErrors.exception(400, """
				{"error":{"code":"VHR_INVALID"}}""", WRITE, null);

		String expected = "API Management answered 400 with error code VHR_INVALID";
		assertThat(ex.getMessage()).isEqualTo(expected);
	}

	@Test
	void exceptionWhenBodyIsNoODataErrorThenMessageDescribesTheBody() {
		String html = "<!DOCTYPE html><html></html>";
		String xml = "<error><code>X</code></error>";
		String notOData = "500 with a body that is not an OData error";

		assertThat(message(html)).endsWith("an HTML page instead of an OData error");
		assertThat(message(xml)).endsWith("500 with XML instead of JSON");
		assertThat(message("  ")).isEqualTo("API Management answered 500 with an empty body");
		assertThat(message("Internal error {")).endsWith(notOData);
		assertThat(message("{\"status\":\"failed\"}")).endsWith(notOData);
	}

	@Test
	void exceptionWhenUnauthorizedThenMessageNamesTheKeyAndKeepsSapMessage() {
		String body = """
				{"error":{"code":"Unauthorized","message":{"value":"Token expired"}}}""";
		String expected = """
				API Management answered 401: it did not accept the token of \
				the write key of tenant 'acme' (SAP: Token expired)""";

		ApimErrorException ex = ODataErrors.exception(401, body, WRITE, null);

		assertThat(ex.getCode()).isEqualTo("Unauthorized");
		assertThat(ex.getMessage()).isEqualTo(expected);
	}

	private static String message(String body) {
		return ODataErrors.exception(500, body, WRITE, null).getMessage();
	}

	private static Tenant acme() {
		return new Tenant("acme", "Acme", "acme", FieldLayout.CURRENT, KEY, null, "platform");
	}

}
