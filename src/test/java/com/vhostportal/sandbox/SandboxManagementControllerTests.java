package com.vhostportal.sandbox;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxManagementController}.
 */
@SandboxWebMvcTest
class SandboxManagementControllerTests {

	private static final String EXPANDED_PROXIES = "/APIProxies?$expand=proxyEndPoints/virtualhosts,apiProducts";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SandboxProperties properties;

	private SandboxCalls calls;

	@BeforeEach
	void setUp() {
		this.calls = new SandboxCalls(this.mvc, this.properties);
	}

	@Test
	void readVirtualHostsWhenSelfServiceTokenThenSeedHostsListed() {
		MvcTestResult result = this.calls.get(this.calls.writeToken(), "/VirtualHosts");

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].id")
			.isEqualTo(SandboxVirtualHost.seedId("default"));
		assertThat(result).bodyJson().extractingPath("$.d.results[0].name").isEqualTo("default");
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].virtual_host")
			.isEqualTo("default.sandbox.apimanagement.example.test");
		assertThat(result).bodyJson().extractingPath("$.d.results[0].virtual_port").isEqualTo(443);
		assertThat(result).bodyJson().extractingPath("$.d.results[0].isDefault").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.d.results[0].isSSL").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.d.results[1].name").isEqualTo("legacy-apis");
		assertThat(result).bodyJson().extractingPath("$.d.results[1].isDefault").isEqualTo(false);
		assertThat(SandboxCalls.<String>read(result, "$.d.results[0].life_cycle.changed_at"))
			.matches("/Date\\(\\d+\\)/");
	}

	@Test
	void readVirtualHostsWhenAdministratorTokenThenListed() {
		assertThat(this.calls.get(this.calls.readToken(), "/VirtualHosts")).hasStatusOk();
	}

	@Test
	void readApiProxiesWhenSelfServiceTokenThenForbidden() {
		MvcTestResult result = this.calls.get(this.calls.writeToken(), EXPANDED_PROXIES);

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result).bodyJson().extractingPath("$.error.code").isEqualTo("FORBIDDEN");
	}

	@Test
	void readWhenNoTokenOrUnknownTokenThenUnauthorizedODataError() {
		MvcTestResult withoutToken = this.mvc.get().uri(SandboxCalls.MANAGEMENT + "/VirtualHosts").exchange();

		assertThat(withoutToken).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(withoutToken).bodyJson().extractingPath("$.error.code").isEqualTo("UNAUTHORIZED");
		assertThat(withoutToken).bodyJson().extractingPath("$.error.message.lang").isEqualTo("en");
		assertThat(this.calls.get("not-a-token", "/VirtualHosts")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void readApiProxiesWhenMoreThanAPageThenNextLinkLeadsToTheRest() {
		String token = this.calls.readToken();

		MvcTestResult first = this.calls.get(token, EXPANDED_PROXIES);

		assertThat(first).hasStatusOk();
		assertThat(first).bodyJson()
			.extractingPath("$.d.results[*].name")
			.asArray()
			.containsExactly("orders-v1", "customers-v1");
		String next = SandboxCalls.read(first, "$.d.__next");
		assertThat(next).startsWith("http://localhost" + SandboxCalls.MANAGEMENT + "/APIProxies?")
			.contains("$expand=proxyEndPoints/virtualhosts,apiProducts")
			.contains("$skiptoken=2");

		MvcTestResult second = this.calls.get(token, next);

		List<String> names = SandboxCalls.read(second, "$.d.results[*].name");
		assertThat(names).containsExactly("legacy-billing");
		assertThat(SandboxCalls.body(second)).doesNotContain("__next");
	}

	@Test
	void readApiProxiesWhenExpandedThenEndPointHostsAndProductsNestedInResults() {
		MvcTestResult result = this.calls.get(this.calls.readToken(), EXPANDED_PROXIES);

		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].proxyEndPoints.results[0].virtualhosts.results[0].id")
			.isEqualTo(SandboxVirtualHost.seedId("default"));
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].proxyEndPoints.results[0].virtualhosts.results[0].name")
			.isEqualTo("default");
		String product = SandboxCalls.read(result, "$.d.results[0].apiProducts.results[0].name");
		assertThat(product).isEqualTo("Orders");
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[1].apiProducts.results[0].name")
			.isEqualTo("Customers");
	}

	@Test
	void readApiProxiesWhenNotExpandedThenNavigationDeferred() {
		MvcTestResult result = this.calls.get(this.calls.readToken(), "/APIProxies");

		assertThat(SandboxCalls.<String>read(result, "$.d.results[0].proxyEndPoints.__deferred.uri"))
			.endsWith("/APIProxies('orders-v1')/proxyEndPoints");
		assertThat(SandboxCalls.<String>read(result, "$.d.results[0].apiProducts.__deferred.uri"))
			.endsWith("/APIProxies('orders-v1')/apiProducts");
	}

	@Test
	void readApiProxiesWhenOnlyEndPointsExpandedThenTheirHostsDeferred() {
		MvcTestResult result = this.calls.get(this.calls.readToken(), "/APIProxies?$expand=proxyEndPoints");

		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].proxyEndPoints.results[0].name")
			.isEqualTo("default");
		assertThat(SandboxCalls.<String>read(result,
				"$.d.results[0].proxyEndPoints.results[0].virtualhosts" + ".__deferred.uri"))
			.isNotBlank();
	}

	@Test
	void readWhenSkipTokenIsNotANumberThenBadRequest() {
		MvcTestResult result = this.calls.get(this.calls.readToken(), "/APIProxies?$skiptoken=abc");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.error.code").isEqualTo("INVALID_QUERY_OPTION");
	}

	@Test
	void readWhenSkipBeyondTheEndThenEmptyPage() {
		MvcTestResult result = this.calls.get(this.calls.readToken(), "/APIProxies?$skip=10");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.d.results").asArray().isEmpty();
	}

}
