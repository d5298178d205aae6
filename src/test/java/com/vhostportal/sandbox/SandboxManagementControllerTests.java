package com.vhostportal.sandbox;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.vhostportal.sandbox.SandboxCalls.assertJsonPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxManagementController}.
 */
@SandboxWebMvcTest
class SandboxManagementControllerTests {

	private static final String EXPAND = "$expand=proxyEndPoints/virtualhosts,apiProducts";

	private static final String EXPANDED_PROXIES = "/APIProxies?" + EXPAND;

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
		assertJsonPath(result, "$.d.results[0].name").isEqualTo("default");
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].virtual_host")
			.isEqualTo("default.sandbox.apimanagement.example.test");
		assertJsonPath(result, "$.d.results[0].virtual_port").isEqualTo(443);
		assertJsonPath(result, "$.d.results[0].isDefault").isEqualTo(true);
		assertJsonPath(result, "$.d.results[0].isSSL").isEqualTo(true);
		assertJsonPath(result, "$.d.results[1].name").isEqualTo("legacy-apis");
		assertJsonPath(result, "$.d.results[1].isDefault").isEqualTo(false);
		assertThat(SandboxCalls.<String>read(result, "$.d.results[0].life_cycle.changed_at"))
			.matches("/Date\\(\\d+\\)/");
	}

	@Test
	void readVirtualHostsWhenAdministratorTokenThenListed() {
		assertThat(getWithReadToken("/VirtualHosts")).hasStatusOk();
	}

	@Test
	void readApiProxiesWhenSelfServiceTokenThenForbidden() {
		MvcTestResult result = this.calls.get(this.calls.writeToken(), EXPANDED_PROXIES);

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertJsonPath(result, "$.error.code").isEqualTo("FORBIDDEN");
	}

	@Test
	void readWhenNoTokenOrUnknownTokenThenUnauthorizedODataError() {
		String url = SandboxCalls.MANAGEMENT + "/VirtualHosts";

		MvcTestResult withoutToken = this.mvc.get().uri(url).exchange();
		MvcTestResult unknownToken = this.calls.get("not-a-token", "/VirtualHosts");

		assertThat(withoutToken).hasStatus(HttpStatus.UNAUTHORIZED);
		assertJsonPath(withoutToken, "$.error.code").isEqualTo("UNAUTHORIZED");
		assertJsonPath(withoutToken, "$.error.message.lang").isEqualTo("en");
		assertThat(unknownToken).hasStatus(HttpStatus.UNAUTHORIZED);
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
			.contains(EXPAND)
			.contains("$skiptoken=2");

		MvcTestResult second = this.calls.get(token, next);

		List<String> names = SandboxCalls.read(second, "$.d.results[*].name");
		assertThat(names).containsExactly("legacy-billing");
		assertThat(SandboxCalls.body(second)).doesNotContain("__next");
	}

	@Test
	void readApiProxiesWhenExpandedThenEndPointHostsAndProductsNestedInResults() {
		MvcTestResult result = getWithReadToken(EXPANDED_PROXIES);

		String host = "$.d.results[0].proxyEndPoints.results[0].virtualhosts.results[0]";
		assertJsonPath(result, host + ".id").isEqualTo(SandboxVirtualHost.seedId("default"));
		assertJsonPath(result, host + ".name").isEqualTo("default");
		String product = SandboxCalls.read(result, "$.d.results[0].apiProducts.results[0].name");
		assertThat(product).isEqualTo("Orders");
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[1].apiProducts.results[0].name")
			.isEqualTo("Customers");
	}

	@Test
	void readApiProxiesWhenNotExpandedThenNavigationDeferred() {
		MvcTestResult result = getWithReadToken("/APIProxies");

		String orders = "$.d.results[0]";
		String endPoints = SandboxCalls.read(result, orders + ".proxyEndPoints.__deferred.uri");
		String products = SandboxCalls.read(result, orders + ".apiProducts.__deferred.uri");

		assertThat(endPoints).endsWith("/APIProxies('orders-v1')/proxyEndPoints");
		assertThat(products).endsWith("/APIProxies('orders-v1')/apiProducts");
	}

	@Test
	void readApiProxiesWhenOnlyEndPointsExpandedThenTheirHostsDeferred() {
		MvcTestResult result = getWithReadToken("/APIProxies?$expand=proxyEndPoints");

		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].proxyEndPoints.results[0].name")
			.isEqualTo("default");
		assertThat(SandboxCalls.<String>read(result,
				"$.d.results[0].proxyEndPoints.results[0].virtualhosts" + ".__deferred.uri"))
			.isNotBlank();
	}

	@Test
	void readWhenSkipTokenIsNotANumberThenBadRequest() {
		MvcTestResult result = getWithReadToken("/APIProxies?$skiptoken=abc");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertJsonPath(result, "$.error.code").isEqualTo("INVALID_QUERY_OPTION");
	}

	@Test
	void readWhenSkipBeyondTheEndThenEmptyPage() {
		MvcTestResult result = getWithReadToken("/APIProxies?$skip=10");

		assertThat(result).hasStatusOk();
		assertJsonPath(result, "$.d.results").asArray().isEmpty();
	}

	private MvcTestResult getWithReadToken(String path) {
		return this.calls.get(this.calls.readToken(), path);
	}

}
