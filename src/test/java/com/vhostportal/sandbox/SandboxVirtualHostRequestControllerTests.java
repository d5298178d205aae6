package com.vhostportal.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.vhostportal.sandbox.SandboxCalls.assertJsonPath;
import static com.vhostportal.sandbox.SandboxCalls.defaultDomainBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxVirtualHostRequestController}. The hosts live as long as the
 * test context, so every test works on hosts of its own; the tests that move the default
 * host get a fresh context.
 */
@SandboxWebMvcTest
class SandboxVirtualHostRequestControllerTests {

	private static final String DOMAIN = "sandbox.apimanagement.example.test";

	private static final String DEFAULT_HOST_ID = SandboxVirtualHost.seedId("default");

	private static final String LEGACY_HOST_ID = SandboxVirtualHost.seedId("legacy-apis");

	// The order of SAP's documented answer.
	private static final String ANSWER_FIELDS = """
			id virtualHostId operation allocationStatus allocatedPort \
			accountId virtualHostUrl isClientAuthEnabled isDefaultVirtualHostRequest \
			isForCustomDomain keyStoreName keyStoreAlias trustStore lbHost life_cycle""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SandboxProperties properties;

	@Autowired
	private JsonMapper jsonMapper;

	private SandboxCalls calls;

	private String token;

	@BeforeEach
	void setUp() {
		this.calls = new SandboxCalls(this.mvc, this.properties);
		this.token = this.calls.writeToken();
	}

	@Test
	void createWhenDefaultDomainAliasThenCreatedWithSapAnswer() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "prod-apis",
				 "isDefaultVirtualHostRequest": false, "operation": "CREATE"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).hasContentType(MediaType.APPLICATION_JSON);
		JsonNode d = this.jsonMapper.readTree(SandboxCalls.body(result)).path("d");
		assertThat(fieldNames(d)).containsExactly(ANSWER_FIELDS.split(" "));
		assertThat(d.path("operation").asString()).isEqualTo("CREATE");
		assertThat(d.path("allocationStatus").asString()).isEqualTo("COMPLETE");
		assertThat(d.path("allocatedPort").asInt()).isEqualTo(443);
		assertThat(d.path("accountId").asString()).isEqualTo("sandbox");
		assertThat(d.path("virtualHostUrl").asString()).isEqualTo("prod-apis");
		assertThat(d.path("isForCustomDomain").booleanValue()).isFalse();
		assertThat(d.path("keyStoreName").isNull()).isTrue();
		assertThat(d.path("lbHost").isNull()).isTrue();
		JsonNode lifeCycle = d.path("life_cycle");
		assertThat(lifeCycle.path("created_at").asString()).matches("/Date\\(\\d+\\)/");
		assertThat(lifeCycle.path("created_by").asString()).isEqualTo("sandbox-selfservice");
		assertThat(d.path("id").asString()).isNotEqualTo(d.path("virtualHostId").asString());
		assertThat(listedHost(d.path("virtualHostId").asString()).path("virtual_host").asString())
			.isEqualTo("prod-apis." + DOMAIN);
	}

	@Test
	void createWhenCustomDomainWithMtlsThenCreatedWithLbHost() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "shop.example.com",
				 "isDefaultVirtualHostRequest": false, "isForCustomDomain": true,
				 "keyStoreName": "sandbox-keystore", "keyStoreAlias": "apis",
				 "isClientAuthEnabled": true, "trustStore": "ref://ref-truststore",
				 "operation": "CREATE"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson()
			.extractingPath("$.d.lbHost")
			.isEqualTo("sandbox.lb.sandbox.apimanagement.example.test");
		assertJsonPath(result, "$.d.isForCustomDomain").isEqualTo(true);
		assertJsonPath(result, "$.d.isClientAuthEnabled").isEqualTo(true);
		JsonNode listed = listedHost(SandboxCalls.read(result, "$.d.virtualHostId"));
		assertThat(listed.path("virtual_host").asString()).isEqualTo("shop.example.com");
		assertThat(listed.path("keyStoreName").asString()).isEqualTo("sandbox-keystore");
		assertThat(listed.path("keyStoreAlias").asString()).isEqualTo("apis");
		assertThat(listed.path("trustStore").asString()).isEqualTo("ref://ref-truststore");
		assertThat(listed.path("isSSL").booleanValue()).isTrue();
	}

	@Test
	void createWhenLegacyKeyStoreFieldThenCustomDomainWithFirstAlias() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "old.example.com",
				 "isDefaultVirtualHostRequest": false, "keyStore": "ref://ref-keystore",
				 "operation": "CREATE"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertJsonPath(result, "$.d.isForCustomDomain").isEqualTo(true);
		assertJsonPath(result, "$.d.keyStoreName").isEqualTo("ref://ref-keystore");
		assertJsonPath(result, "$.d.keyStoreAlias").isEqualTo("apis");
	}

	@Test
	void createWhenAliasHas63CharactersThenCreated() {
		assertThat(request(defaultDomainBody("a".repeat(63)))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void createWhenAliasLongerThan63CharactersThenRefused() {
		MvcTestResult result = request(defaultDomainBody("b".repeat(64)));

		assertRefused(result, "VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-leading", "trailing-", "under_score", "dot.ted", "space d" })
	void createWhenAliasBreaksCharacterRulesThenRefused(String alias) {
		assertRefused(request(defaultDomainBody(alias)), "VHR_VIRTUALHOST_ALIAS_INVALID");
	}

	@Test
	void createWhenBooleanSentAsStringThenRefused() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "strings",
				 "isDefaultVirtualHostRequest": "true", "operation": "CREATE"}""");

		assertRefused(result, "VHR_INVALID_BOOLEAN_VALUE");
	}

	@Test
	void createWhenAccountIdIsOtherThenRefused() {
		MvcTestResult result = request("""
				{"accountId": "acme", "virtualHostUrl": "acme-apis",
				 "isDefaultVirtualHostRequest": false, "operation": "CREATE"}""");

		assertRefused(result, "VHR_INVALID_ACCOUNT_ID");
	}

	@Test
	void requestWhenBodyIsNotJsonThenRefused() {
		assertRefused(request("operation=CREATE"), "VHR_INVALID_REQUEST_BODY");
		assertRefused(request("[]"), "VHR_INVALID_REQUEST_BODY");
	}

	@Test
	void requestWhenOperationMissingOrUnknownThenRefused() {
		String withoutOperation = "{\"accountId\": \"sandbox\", \"virtualHostUrl\": \"no-op\"}";
		String lowerCaseOperation = "{\"virtualHostId\": \"x\", \"operation\": \"delete\"}";

		assertRefused(request(withoutOperation), "VHR_INVALID_OPERATION");
		assertRefused(request(lowerCaseOperation), "VHR_INVALID_OPERATION");
	}

	@Test
	void createWhenAliasOrHostTakenThenRefused() {
		assertRefused(request(defaultDomainBody("legacy-apis")), "VHR_VIRTUALHOST_ALREADY_EXISTS");
		assertRefused(request(defaultDomainBody("LEGACY-APIS")), "VHR_VIRTUALHOST_ALREADY_EXISTS");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			apis
			apis.example.123
			apis..example.com
			-a.example.com
			*.example.com""")
	void createWhenCustomDomainIsNoFullHostNameThenRefused(String host) {
		MvcTestResult result = request(customDomainBody(host, "sandbox-keystore", "apis"));

		assertRefused(result, "VHR_INVALID_CUSTOM_DOMAIN");
	}

	@Test
	void createWhenCustomDomainWithoutKeystoreThenRefused() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "nokeys.example.com",
				 "isDefaultVirtualHostRequest": false, "isForCustomDomain": true,
				 "operation": "CREATE"}""");

		assertRefused(result, "VHR_KEYSTORE_MISSING");
	}

	@Test
	void createWhenKeystoreUnknownOrATruststoreThenRefused() {
		String unknown = customDomainBody("a1.example.com", "missing-keystore", "apis");
		String trust = customDomainBody("a2.example.com", "partners-truststore", "partner-client");
		String reference = customDomainBody("a3.example.com", "ref://missing-reference", "apis");

		assertRefused(request(unknown), "VHR_KEYSTORE_NOT_FOUND");
		assertRefused(request(trust), "VHR_KEYSTORE_NOT_FOUND");
		assertRefused(request(reference), "VHR_KEYSTORE_NOT_FOUND");
	}

	@Test
	void createWhenKeyAliasMissingOrNotInKeystoreThenRefused() {
		assertRefused(request(customDomainBody("b1.example.com", "sandbox-keystore", null)),
				"VHR_KEYSTORE_ALIAS_MISSING");
		assertRefused(request(customDomainBody("b2.example.com", "sandbox-keystore", "expiring")),
				"VHR_KEYSTORE_ALIAS_NOT_FOUND");
	}

	@Test
	void createWhenKeystoreSentForDefaultDomainThenRefused() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "keyed",
				 "isDefaultVirtualHostRequest": false, "keyStoreName": "sandbox-keystore",
				 "keyStoreAlias": "apis", "operation": "CREATE"}""");

		assertRefused(result, "VHR_KEYSTORE_NOT_ALLOWED_FOR_DEFAULT_DOMAIN");
	}

	@Test
	void createWhenMtlsWithoutTruststoreThenRefused() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "mtls-bare",
				 "isDefaultVirtualHostRequest": false, "isClientAuthEnabled": true,
				 "operation": "CREATE"}""");

		assertRefused(result, "VHR_TRUSTSTORE_MISSING");
	}

	@Test
	void createWhenMtlsTruststoreIsAKeystoreThenRefused() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "mtls-keystore",
				 "isDefaultVirtualHostRequest": false, "isClientAuthEnabled": true,
				 "trustStore": "ref://ref-keystore", "operation": "CREATE"}""");

		assertRefused(result, "VHR_TRUSTSTORE_NOT_FOUND");
	}

	@Test
	void updateWhenHostExistsThenChangedUnderTheSameId() {
		String id = this.calls.createOnDefaultDomain("to-update");

		MvcTestResult result = request("""
				{"virtualHostId": "%s", "accountId": "sandbox", "virtualHostUrl": "updated",
				 "isDefaultVirtualHostRequest": false, "isClientAuthEnabled": true,
				 "trustStore": "partners-truststore", "operation": "UPDATE"}""".formatted(id));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertJsonPath(result, "$.d.operation").isEqualTo("UPDATE");
		assertJsonPath(result, "$.d.allocationStatus").isEqualTo("COMPLETE");
		JsonNode listed = listedHost(id);
		assertThat(listed.path("name").asString()).isEqualTo("updated");
		assertThat(listed.path("virtual_host").asString()).isEqualTo("updated." + DOMAIN);
		assertThat(listed.path("isClientAuthEnabled").booleanValue()).isTrue();
		assertThat(listed.path("trustStore").asString()).isEqualTo("partners-truststore");
	}

	@Test
	void updateWhenVirtualHostIdUnknownThenRefused() {
		MvcTestResult result = request("""
				{"virtualHostId": "no-such-host", "accountId": "sandbox", \
				"virtualHostUrl": "ghost",
				 "isDefaultVirtualHostRequest": false, "operation": "UPDATE"}""");

		assertRefused(result, "VHR_NO_COMPLETED_RECORD_FOUND");
	}

	@Test
	void updateWhenVirtualHostIdMissingThenRefused() {
		MvcTestResult result = request(defaultDomainBody("no-id").replace("CREATE", "UPDATE"));

		assertRefused(result, "VHR_VIRTUALHOST_ID_MISSING");
	}

	@Test
	void updateWhenDefaultHostIsUnsetThenRefused() {
		MvcTestResult result = request("""
				{"virtualHostId": "%s", "accountId": "sandbox",
				 "virtualHostUrl": "default", "isDefaultVirtualHostRequest": false,
				 "operation": "UPDATE"}""".formatted(DEFAULT_HOST_ID));

		assertRefused(result, "VHR_DEFAULT_VIRTUALHOST_REQUIRED");
	}

	@Test
	@DirtiesContext
	void createWhenDefaultRequestedThenItReplacesThePreviousDefault() {
		MvcTestResult result = request("""
				{"accountId": "sandbox", "virtualHostUrl": "new-default",
				 "isDefaultVirtualHostRequest": true, "operation": "CREATE"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		String id = SandboxCalls.read(result, "$.d.virtualHostId");
		assertThat(isDefault(listedHost(id))).isTrue();
		assertThat(isDefault(listedHost(DEFAULT_HOST_ID))).isFalse();
		assertThat(allHosts().stream().filter((host) -> isDefault(host))).hasSize(1);
	}

	@Test
	@DirtiesContext
	void deleteWhenFormerDefaultHostIsStillUsedByProxiesThenRefusedAsInUse() {
		String flag = "\"isDefaultVirtualHostRequest\": ";
		request(defaultDomainBody("other-default").replace(flag + "false", flag + "true"));

		MvcTestResult result = delete(DEFAULT_HOST_ID);

		assertRefused(result, "VHR_VIRTUALHOST_IN_USE_BY_API_PROXIES");
		String message = SandboxCalls.read(result, "$.error.message.value");
		assertThat(message).contains("orders-v1", "customers-v1");
	}

	@Test
	void deleteWhenHostUnusedThenCreatedWithoutAllocationStatusAndGone() {
		String id = this.calls.createOnDefaultDomain("to-delete");

		MvcTestResult result = delete(id);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertJsonPath(result, "$.d.operation").isEqualTo("DELETE");
		assertJsonPath(result, "$.d.virtualHostId").isEqualTo(id);
		assertThat(SandboxCalls.body(result)).doesNotContain("allocationStatus");
		assertThat(allHosts()).noneMatch((host) -> host.path("id").asString().equals(id));
		assertRefused(delete(id), "VHR_NO_COMPLETED_RECORD_FOUND");
	}

	@Test
	void deleteWhenAcceptAsksForAtomXmlThenAnswerIsJson() {
		String id = this.calls.createOnDefaultDomain("atom-delete");

		MvcTestResult result = this.mvc.post()
			.uri(SandboxCalls.VIRTUAL_HOST_REQUESTS)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_ATOM_XML)
			.content("{\"virtualHostId\": \"" + id + "\", \"operation\": \"DELETE\"}")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).hasContentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void deleteWhenDefaultHostThenRefused() {
		assertRefused(delete(DEFAULT_HOST_ID), "VHR_DEFAULT_VIRTUALHOST_CANNOT_BE_DELETED");
	}

	@Test
	void deleteWhenProxiesUseHostThenRefusedNamingThem() {
		MvcTestResult result = delete(LEGACY_HOST_ID);

		assertRefused(result, "VHR_VIRTUALHOST_IN_USE_BY_API_PROXIES");
		String message = SandboxCalls.read(result, "$.error.message.value");
		assertThat(message).contains("legacy-billing");
	}

	@Test
	void requestWhenAdministratorTokenThenForbidden() {
		String readToken = this.calls.readToken();
		String body = defaultDomainBody("forbidden");

		MvcTestResult result = this.calls.virtualHostRequest(readToken, body);

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertJsonPath(result, "$.error.code").isEqualTo("FORBIDDEN");
		assertJsonPath(result, "$.error.message.lang").isEqualTo("en");
	}

	@Test
	void requestWhenNoOrUnknownTokenThenUnauthorized() {
		MvcTestResult withoutToken = this.mvc.post()
			.uri(SandboxCalls.VIRTUAL_HOST_REQUESTS)
			.contentType(MediaType.APPLICATION_JSON)
			.content(defaultDomainBody("anonymous"))
			.exchange();

		assertThat(withoutToken).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(withoutToken).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		assertJsonPath(withoutToken, "$.error.code").isEqualTo("UNAUTHORIZED");
		assertThat(this.calls.virtualHostRequest("forged", defaultDomainBody("forged")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult request(String body) {
		return this.calls.virtualHostRequest(this.token, body);
	}

	private MvcTestResult delete(String id) {
		return request("{\"virtualHostId\": \"" + id + "\", \"operation\": \"DELETE\"}");
	}

	private String customDomainBody(String host, String keyStoreName, String keyStoreAlias) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("accountId", "sandbox");
		body.put("virtualHostUrl", host);
		body.put("isDefaultVirtualHostRequest", false);
		body.put("isForCustomDomain", true);
		body.put("keyStoreName", keyStoreName);
		body.put("keyStoreAlias", keyStoreAlias);
		body.put("operation", "CREATE");
		return this.jsonMapper.writeValueAsString(body);
	}

	private static void assertRefused(MvcTestResult result, String code) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentType(MediaType.APPLICATION_JSON);
		assertJsonPath(result, "$.error.code").isEqualTo(code);
		assertJsonPath(result, "$.error.message.lang").isEqualTo("en");
	}

	private JsonNode listedHost(String id) {
		return allHosts().stream()
			.filter((host) -> host.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Virtual host " + id + " is not listed"));
	}

	private List<JsonNode> allHosts() {
		List<JsonNode> hosts = new ArrayList<>();
		String page = "/VirtualHosts";
		while (page != null) {
			MvcTestResult result = this.calls.get(this.token, page);
			JsonNode d = this.jsonMapper.readTree(SandboxCalls.body(result)).path("d");
			d.path("results").forEach(hosts::add);
			page = d.has("__next") ? d.path("__next").asString() : null;
		}
		return hosts;
	}

	private static boolean isDefault(JsonNode host) {
		return host.path("isDefault").booleanValue();
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
