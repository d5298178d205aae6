package com.vhostportal.apim;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.vhostportal.tenant.Tenant;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link VirtualHostRequestClient} against a real HTTP server. The expected
 * bodies are those of SAP's help pages, case by case.
 */
class VirtualHostRequestClientTests {

	private static final String SERVICE = "/apiportal/operations/1.0/Configuration.svc";

	private static final String PATH = SERVICE + "/VirtualHostRequests";

	private static final String CREATE_DEFAULT = """
			{"accountId":"acme","virtualHostUrl":"prod-apis","isDefaultVirtualHostRequest":false,\
			"operation":"CREATE"}""";

	private static final String CREATE_DEFAULT_MTLS = """
			{"accountId":"acme","virtualHostUrl":"prod-apis","isDefaultVirtualHostRequest":false,\
			"isClientAuthEnabled":true,"trustStore":"ref://clients","operation":"CREATE"}""";

	private static final String CREATE_CUSTOM = """
			{"accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":false,\
			"isForCustomDomain":true,"keyStoreName":"ref://apis-keys","keyStoreAlias":"apis",\
			"operation":"CREATE"}""";

	private static final String CREATE_CUSTOM_MTLS = """
			{"accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":false,\
			"isForCustomDomain":true,"keyStoreName":"ref://apis-keys","keyStoreAlias":"apis",\
			"isClientAuthEnabled":true,"trustStore":"ref://clients","operation":"CREATE"}""";

	private static final String UPDATE_DEFAULT = """
			{"virtualHostId":"vh-1","accountId":"acme","virtualHostUrl":"prod-apis",\
			"isDefaultVirtualHostRequest":true,"operation":"UPDATE"}""";

	private static final String UPDATE_DEFAULT_MTLS = """
			{"virtualHostId":"vh-1","accountId":"acme","virtualHostUrl":"prod-apis",\
			"isDefaultVirtualHostRequest":true,\
			"isClientAuthEnabled":true,"trustStore":"ref://clients",\
			"operation":"UPDATE"}""";

	private static final String UPDATE_CUSTOM = """
			{"virtualHostId":"vh-1","accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":true,\
			"isForCustomDomain":true,"keyStoreName":"ref://apis-keys",\
			"keyStoreAlias":"apis","operation":"UPDATE"}""";

	private static final String UPDATE_CUSTOM_MTLS = """
			{"virtualHostId":"vh-1","accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":true,\
			"isForCustomDomain":true,"keyStoreName":"ref://apis-keys",\
			"keyStoreAlias":"apis","isClientAuthEnabled":true,"trustStore":"ref://clients",\
			"operation":"UPDATE"}""";

	private static final String DELETE = """
			{"virtualHostId":"vh-1","operation":"DELETE"}""";

	private static final String LEGACY_CREATE_CUSTOM = """
			{"accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":false,\
			"keyStore":"ref://apis-keys","operation":"CREATE"}""";

	private static final String LEGACY_CREATE_CUSTOM_MTLS = """
			{"accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":false,\
			"keyStore":"ref://apis-keys","isClientAuthEnabled":true,"trustStore":"ref://clients",\
			"operation":"CREATE"}""";

	private static final String LEGACY_UPDATE_CUSTOM = """
			{"virtualHostId":"vh-1","accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isDefaultVirtualHostRequest":true,"keyStore":"ref://apis-keys",\
			"operation":"UPDATE"}""";

	private static final String CREATED = """
			{"d":{"id":"req-1","virtualHostId":"vh-1","operation":"CREATE",\
			"allocationStatus":"COMPLETE",\
			"allocatedPort":443,"accountId":"acme","virtualHostUrl":"apis.example.com",\
			"isClientAuthEnabled":false,"isDefaultVirtualHostRequest":false,\
			"isForCustomDomain":true,\
			"keyStoreName":"apis-keys","keyStoreAlias":"apis","trustStore":null,\
			"lbHost":"lb.eu10.example.net","life_cycle":{"created_at":"/Date(1707380504072)/",\
			"changed_at":"/Date(1707380514905)/"}}}""";

	private MockApim apim;

	private VirtualHostRequestClient client;

	@BeforeEach
	void startApim() throws IOException {
		this.apim = new MockApim();
		this.client = this.apim.requestClient();
	}

	@AfterEach
	void stopApim() {
		this.apim.close();
	}

	static Stream<Case> currentLayout() {
		return Stream.of(new Case("default domain", create(false, false), CREATE_DEFAULT),
				new Case("default domain, mTLS", create(false, true), CREATE_DEFAULT_MTLS),
				new Case("custom domain", create(true, false), CREATE_CUSTOM),
				new Case("custom domain, mTLS", create(true, true), CREATE_CUSTOM_MTLS),
				new Case("update, default domain", update(false, false), UPDATE_DEFAULT),
				new Case("update, default domain, mTLS", update(false, true), UPDATE_DEFAULT_MTLS),
				new Case("update, custom domain", update(true, false), UPDATE_CUSTOM),
				new Case("update, custom domain, mTLS", update(true, true), UPDATE_CUSTOM_MTLS),
				new Case("delete", VirtualHostRequest.delete("vh-1"), DELETE));
	}

	static Stream<Case> legacyLayout() {
		return Stream.of(new Case("default domain", create(false, false), CREATE_DEFAULT),
				new Case("custom domain", create(true, false), LEGACY_CREATE_CUSTOM),
				new Case("custom domain, mTLS", create(true, true), LEGACY_CREATE_CUSTOM_MTLS),
				new Case("update, custom domain", update(true, false), LEGACY_UPDATE_CUSTOM),
				new Case("delete", VirtualHostRequest.delete("vh-1"), DELETE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("currentLayout")
	void jsonWhenDocumentedCaseThenExactlyTheDocumentedFields(Case documented) {
		Tenant acme = this.apim.tenant("acme");

		assertThat(this.client.json(documented.request(), acme)).isEqualTo(documented.json());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("legacyLayout")
	void jsonWhenLegacyLayoutThenOneKeyStoreField(Case documented) {
		Tenant legacy = this.apim.tenant("legacy");

		assertThat(this.client.json(documented.request(), legacy)).isEqualTo(documented.json());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("currentLayout")
	void sendWhenDocumentedCaseThenPostsExactlyThatJson(Case documented) {
		this.apim.enqueue(201, CREATED);
		Tenant tenant = this.apim.tenant("acme");
		String expected = documented.json();

		this.client.send(tenant, this.client.json(documented.request(), tenant), "corr-1");

		assertThat(this.apim.apiRequests()).singleElement()
			.satisfies((sent) -> assertThat(sent.getBody().utf8()).isEqualTo(expected));
	}

	@Test
	void sendWhenCalledThenPostsWithBearerTokenJsonHeadersAndCorrelationId() {
		this.apim.enqueue(201, CREATED);

		this.client.send(this.apim.tenant("acme"), "{}", "corr-42");

		RecordedRequest sent = this.apim.apiRequests().get(0);
		assertThat(sent.getMethod()).isEqualTo("POST");
		assertThat(sent.getTarget()).isEqualTo(PATH);
		assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(sent.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(sent.getHeaders().get("X-Correlation-ID")).isEqualTo("corr-42");
	}

	@Test
	void endpointWhenTenantThenVirtualHostRequestsUnderTheKeyUrl() {
		Tenant acme = this.apim.tenant("acme");

		assertThat(this.client.endpoint(acme)).isEqualTo(this.apim.url() + PATH);
	}

	@Test
	void sendWhenCreatedThenAnswerFieldsInReceivedOrder() {
		this.apim.enqueue(201, CREATED);

		VirtualHostAnswer answer = this.client.send(this.apim.tenant("acme"), "{}", "corr-1");

		assertThat(answer.httpStatus()).isEqualTo(201);
		assertThat(answer.body()).isEqualTo(CREATED);
		Map<String, Object> fields = answer.fields();
		Set<String> names = fields.keySet();
		assertThat(names).startsWith("id", "virtualHostId", "operation", "allocationStatus")
			.endsWith("lbHost", "life_cycle");
		assertThat(fields).containsEntry("allocatedPort", 443).containsEntry("trustStore", null);
		assertThat(answer.requestId()).isEqualTo("req-1");
		assertThat(answer.virtualHostId()).isEqualTo("vh-1");
		assertThat(answer.allocationStatus()).isEqualTo("COMPLETE");
		assertThat(answer.lbHost()).isEqualTo("lb.eu10.example.net");
		assertThat(answer.confirms(Operation.CREATE)).isTrue();
	}

	@Test
	void sendWhenDeleteAnsweredWithAtomXmlThenAcceptedWithoutFields() {
		String atom = "<?xml version=\"1.0\"?><entry xmlns=\"http://www.w3.org/2005/Atom\"/>";
		this.apim.enqueue(new MockResponse.Builder().code(201).body(atom).build());

		VirtualHostAnswer answer = this.client.send(this.apim.tenant("acme"), "{}", "corr-1");

		assertThat(answer.httpStatus()).isEqualTo(201);
		assertThat(answer.body()).isEqualTo(atom);
		assertThat(answer.fields()).isEmpty();
		assertThat(answer.confirms(Operation.DELETE)).isTrue();
		assertThat(answer.confirms(Operation.CREATE)).isFalse();
	}

	@Test
	void sendWhenODataErrorThenCodeAndMessageOfSap() {
		String body = """
				{"error":{"code":"VHR_NO_COMPLETED_RECORD_FOUND",\
				"message":{"lang":"en","value":"No completed record found"}}}""";
		this.apim.enqueue(400, body);

		assertSendToAcmeFails().satisfies((ex) -> {
			assertThat(ex.getStatus()).isEqualTo(400);
			assertThat(ex.getCode()).isEqualTo("VHR_NO_COMPLETED_RECORD_FOUND");
			assertThat(ex.getMessage()).isEqualTo("No completed record found");
			assertThat(ex.getBody()).isEqualTo(body);
		});
	}

	@Test
	void sendWhenHtmlErrorPageThenNoCodeAndMessageSaysSo() {
		String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
		this.apim.enqueue(new MockResponse.Builder().code(502).body(page).build());
		String message = "API Management answered 502 with an HTML page instead of an OData error";

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(this::sendToAcme)
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.getCode()).isNull());
	}

	@Test
	void sendWhenEmptyErrorBodyThenNoCodeAndMessageSaysSo() {
		this.apim.enqueue(new MockResponse.Builder().code(503).build());
		String emptyBody = "API Management answered 503 with an empty body";

		assertSendToAcmeFails().satisfies((ex) -> {
			assertThat(ex.getCode()).isNull();
			assertThat(ex.getMessage()).isEqualTo(emptyBody);
			assertThat(ex.getBody()).isEmpty();
		});
	}

	@Test
	void sendWhenForbiddenThenMessageNamesTheSelfServiceRole() {
		this.apim.enqueue(403, """
				{"error":{"code":"Forbidden","message":{"value":"Access denied"}}}""");
		String message = """
				API Management answered 403: the write key of tenant 'acme' lacks the role \
				APIManagement.SelfService.Administrator (SAP: Access denied)""";

		assertSendToAcmeFails().withMessage(message);
	}

	@Test
	void sendWhenUnauthorizedThenMessageNamesTheTokenOfTheWriteKey() {
		this.apim.enqueue(new MockResponse.Builder().code(401).build());
		this.apim.enqueue(new MockResponse.Builder().code(401).build());
		String message = """
				API Management answered 401: it did not accept the token of the write key of \
				tenant 'acme'""";

		assertSendToAcmeFails().withMessage(message);
	}

	@Test
	void sendWhenConnectionRefusedThenRequestCertainlyDidNotArrive() {
		Tenant offline = this.apim.tenant("offline");

		assertThatExceptionOfType(ApimUnavailableException.class)
			.isThrownBy(() -> this.client.send(offline, "{}", "corr-1"))
			.satisfies((ex) -> assertThat(ex.isRequestMayHaveArrived()).isFalse())
			.withMessageStartingWith("API Management at 127.0.0.1 refused the connection");
	}

	@Test
	void sendWhenNoAnswerWithinResponseTimeoutThenRequestMayHaveArrivedAndIsNotRetried() {
		VirtualHostRequestClient impatient = this.apim.requestClient(Duration.ofMillis(300));
		MockResponse.Builder created = new MockResponse.Builder().code(201);
		MockResponse late = created.headersDelay(2, TimeUnit.SECONDS).build();
		this.apim.enqueue(late);
		Tenant tenant = this.apim.tenant("acme");
		String message = "API Management at " + this.apim.host() + " did not answer within 300 ms";

		assertThatExceptionOfType(ApimUnavailableException.class)
			.isThrownBy(() -> impatient.send(tenant, "{}", "corr-1"))
			.satisfies((ex) -> assertThat(ex.isRequestMayHaveArrived()).isTrue())
			.withMessage(message);
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void sendWhenConnectionDropsAfterRequestThenRequestMayHaveArrivedAndIsNotRetried() {
		SocketEffect drop = SocketEffect.ShutdownConnection.INSTANCE;
		this.apim.enqueue(new MockResponse.Builder().onResponseStart(drop).build());

		assertThatExceptionOfType(ApimUnavailableException.class).isThrownBy(this::sendToAcme)
			.satisfies((ex) -> assertThat(ex.isRequestMayHaveArrived()).isTrue());
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	private void sendToAcme() {
		this.client.send(this.apim.tenant("acme"), "{}", "corr-1");
	}

	private ThrowableAssertAlternative<ApimErrorException> assertSendToAcmeFails() {
		return assertThatExceptionOfType(ApimErrorException.class).isThrownBy(this::sendToAcme);
	}

	private static VirtualHostRequest create(boolean customDomain, boolean clientAuth) {
		return request(Operation.CREATE, customDomain, clientAuth);
	}

	private static VirtualHostRequest update(boolean customDomain, boolean clientAuth) {
		return request(Operation.UPDATE, customDomain, clientAuth);
	}

	// An update names host vh-1 and marks it the default, as the documented bodies do.
	private static VirtualHostRequest request(Operation op, boolean custom, boolean mtls) {
		boolean update = op == Operation.UPDATE;
		String id = update ? "vh-1" : null;
		String url = custom ? "apis.example.com" : "prod-apis";
		String keyStore = custom ? "ref://apis-keys" : null;
		String alias = custom ? "apis" : null;
		String trust = mtls ? "ref://clients" : null;

		// @formatter:off
		return new VirtualHostRequest(op, "acme", id, url, update, custom, mtls,
				keyStore, alias, trust);
		// @formatter:on
	}

	/**
	 * A case of SAP's help pages: the request and the JSON they give for it. Its name is
	 * what the test report shows.
	 */
	private record Case(String name, VirtualHostRequest request, String json) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
