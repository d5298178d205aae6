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

	private static final Tenant ACME = new Tenant("acme", "Acme", "acme", FieldLayout.CURRENT, KEY, null, "platform");

	private static final TenantKey WRITE = TenantKey.of(ACME, KeyRole.WRITE);

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
		ApimErrorException ex = ODataErrors.exception(409, """
				{"error":{"code":"VHR_IN_USE","message":"Proxies are deployed on the host"}}""", WRITE, null);

		assertThat(ex.getCode()).isEqualTo("VHR_IN_USE");
		assertThat(ex.getMessage()).isEqualTo("Proxies are deployed on the host");
	}

	@Test
	void exceptionWhenOnlyACodeThenMessageNamesIt() {
		ApimErrorException ex = ODataErrors.exception(400, """
				{"error":{"code":"VHR_INVALID"}}""", WRITE, null);

		assertThat(ex.getMessage()).isEqualTo("API Management answered 400 with error code VHR_INVALID");
	}

	@Test
	void exceptionWhenBodyIsNoODataErrorThenMessageDescribesTheBody() {
		assertThat(message("<!DOCTYPE html><html></html>")).endsWith("an HTML page instead of an OData error");
		assertThat(message("<error><code>X</code></error>")).endsWith("500 with XML instead of JSON");
		assertThat(message("  ")).isEqualTo("API Management answered 500 with an empty body");
		assertThat(message("Internal error {")).endsWith("500 with a body that is not an OData error");
		assertThat(message("{\"status\":\"failed\"}")).endsWith("500 with a body that is not an OData error");
	}

	@Test
	void exceptionWhenUnauthorizedThenMessageNamesTheKeyAndKeepsSapMessage() {
		ApimErrorException ex = ODataErrors.exception(401, """
				{"error":{"code":"Unauthorized","message":{"value":"Token expired"}}}""", WRITE, null);

		assertThat(ex.getCode()).isEqualTo("Unauthorized");
		assertThat(ex.getMessage()).isEqualTo("API Management answered 401: it did not accept the token of "
				+ "the write key of tenant 'acme' (SAP: Token expired)");
	}

	private static String message(String body) {
		return ODataErrors.exception(500, body, WRITE, null).getMessage();
	}

}
