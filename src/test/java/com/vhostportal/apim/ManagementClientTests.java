package com.vhostportal.apim;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.vhostportal.tenant.Tenant;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ManagementClient} against a real HTTP server.
 */
class ManagementClientTests {

	private static final String SERVICE = "/apiportal/api/1.0/Management.svc";

	private static final String EMPTY_LIST = """
			{"d":{"results":[]}}""";

	private MockApim apim;

	private ManagementClient client;

	private Tenant acme;

	@BeforeEach
	void startApim() throws IOException {
		this.apim = new MockApim();
		this.client = this.apim.managementClient();
		this.acme = this.apim.tenant("acme");
	}

	@AfterEach
	void stopApim() {
		this.apim.close();
	}

	private void readVirtualHosts() {
		this.client.virtualHosts(this.acme);
	}

	private List<CertificateStoreContents> readStoresWithCertificates() {
		return this.client.certificateStoresWithCertificates(this.acme);
	}

	private String target(int index) {
		return this.apim.apiRequest(index).getTarget();
	}

	private static List<String> names(List<StoreCertificate> certificates) {
		return certificates.stream().map(StoreCertificate::name).toList();
	}

	@Test
	void virtualHostsWhenListedThenEveryFieldReadAndChangedAtParsed() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"id":"vh-1","name":"prod-apis",\
				"virtual_host":"prod-apis.example.com","virtual_port":443,\
				"isDefault":true,"isSSL":true,"isForCustomDomain":false,\
				"isClientAuthEnabled":"true","keyStoreName":null,"keyStoreAlias":null,\
				"trustStore":"ref://clients","life_cycle":{"created_at":"/Date(1707380504072)/",\
				"changed_at":"/Date(1707380514905)/"}}]}}""");
		Instant changedAt = Instant.ofEpochMilli(1707380514905L);

		List<VirtualHost> hosts = this.client.virtualHosts(this.acme);

		// @formatter:off
		VirtualHost expected = new VirtualHost("vh-1", "prod-apis", "prod-apis.example.com", 443,
				true, true, false, true, null, null, "ref://clients", changedAt);
		// @formatter:on
		assertThat(hosts).containsExactly(expected);
	}

	@Test
	void virtualHostsWhenReadThenGetWithBearerJsonAndFreshCorrelationId() {
		this.apim.enqueue(200, EMPTY_LIST);
		this.apim.enqueue(200, EMPTY_LIST);

		this.client.virtualHosts(this.acme);
		this.client.virtualHosts(this.acme);

		RecordedRequest first = this.apim.apiRequest(0);
		RecordedRequest second = this.apim.apiRequest(1);
		assertThat(first.getMethod()).isEqualTo("GET");
		assertThat(first.getTarget()).isEqualTo(SERVICE + "/VirtualHosts");
		assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(first.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(first.getHeaders().get("X-Correlation-ID")).isNotBlank()
			.isNotEqualTo(second.getHeaders().get("X-Correlation-ID"));
	}

	@Test
	void virtualHostsWhenAbsoluteNextLinkThenFollowed() {
		String next = this.apim.url() + SERVICE + "/VirtualHosts?$skiptoken=1";
		this.apim.enqueue(200, """
				{"d":{"results":[{"id":"vh-1"}],"__next":"%s"}}""".formatted(next));
		this.apim.enqueue(200, """
				{"d":{"results":[{"id":"vh-2"}]}}""");

		List<VirtualHost> hosts = this.client.virtualHosts(this.acme);

		assertThat(hosts).extracting(VirtualHost::id).containsExactly("vh-1", "vh-2");
		assertThat(target(1)).isEqualTo(SERVICE + "/VirtualHosts?$skiptoken=1");
	}

	@Test
	void certificateStoresWhenRelativeNextLinkThenResolvedAgainstTheServiceRoot() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"keys","storeType":"KEYSTORE"}],\
				"__next":"CertificateStores?$skip=1"}}""");
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"clients","storeType":"TRUSTSTORE"}]}}""");

		List<CertificateStore> stores = this.client.certificateStores(this.acme);

		assertThat(stores).extracting(CertificateStore::name).containsExactly("keys", "clients");
		assertThat(target(1)).isEqualTo(SERVICE + "/CertificateStores?$skip=1");
	}

	@Test
	void listWhenNextLinkPointsAtAnotherHostThenNotFollowed() {
		this.apim.enqueue(200, """
				{"d":{"results":[],"__next":"https://elsewhere.example.com/VirtualHosts?p=2"}}""");

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(this::readVirtualHosts)
			.withMessageContaining("another host (elsewhere.example.com)");
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void listWhenMorePagesThanTheCapThenError() {
		for (int i = 0; i < 4; i++) {
			this.apim.enqueue(200, """
					{"d":{"results":[{"id":"vh"}],"__next":"VirtualHosts?$skiptoken=x"}}""");
		}

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(this::readVirtualHosts)
			.withMessageEndingWith("/VirtualHosts after 3; raise portal.apim.max-pages");
		assertThat(this.apim.apiRequests()).hasSize(3);
	}

	@Test
	void certificateStoresWhenStoreTypesThenKindsFromTheConfiguredValues() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"keys","storeType":"KEYSTORE"},\
				{"name":"clients","storeType":"truststore"},\
				{"name":"odd","storeType":"KEY_STORE"}]}}""");

		assertThat(this.client.certificateStores(this.acme)).containsExactly(
				new CertificateStore("keys", "KEYSTORE", StoreKind.KEYSTORE),
				new CertificateStore("clients", "truststore", StoreKind.TRUSTSTORE),
				new CertificateStore("odd", "KEY_STORE", StoreKind.UNKNOWN));
	}

	@Test
	void certificateStoresWithCertificatesWhenExpandedInlineThenOneCallReadsAll() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"keys","storeType":"KEYSTORE","certificates":{"results":[\
				{"name":"apis","storeName":"keys","content":"MIIA"}]}},\
				{"name":"clients","storeType":"TRUSTSTORE","certificates":[]}]}}""");

		List<CertificateStoreContents> stores = readStoresWithCertificates();

		List<String> found = stores.stream().map((contents) -> contents.store().name()).toList();
		assertThat(found).containsExactly("keys", "clients");
		assertThat(names(stores.get(0).certificates())).containsExactly("apis");
		assertThat(stores.get(1).certificates()).isEmpty();
		assertThat(target(0)).isEqualTo(SERVICE + "/CertificateStores?$expand=certificates");
		assertThat(this.apim.apiRequests()).hasSize(1);
	}

	@Test
	void certificateStoresWithCertificatesWhenDeferredOrPagedThenStoreReadOnItsOwn() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"keys","storeType":"KEYSTORE","certificates":\
				{"__deferred":{"uri":"CertificateStores('keys')/certificates"}}},\
				{"name":"big","storeType":"TRUSTSTORE","certificates":{"results":[{"name":"one"}],\
				"__next":"CertificateStores('big')/certificates?$skiptoken=1"}}]}}""");
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"apis","storeName":"keys"}]}}""");
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"one"},{"name":"two"}]}}""");

		List<CertificateStoreContents> stores = readStoresWithCertificates();

		assertThat(names(stores.get(0).certificates())).containsExactly("apis");
		assertThat(names(stores.get(1).certificates())).containsExactly("one", "two");
		assertThat(target(1)).isEqualTo(SERVICE + "/CertificateStores('keys')/certificates");
		assertThat(target(2)).isEqualTo(SERVICE + "/CertificateStores('big')/certificates");
	}

	@Test
	void certificatesWhenStoreNameHasQuoteAndSpaceThenKeyQuotedAndEncoded() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"leaf","storeName":"Bob's keys",\
				"expiryDate":"/Date(1893456000000)/","validFrom":"2024-01-01",\
				"signAlgName":"SHA256withRSA","isValid":true,"content":"MIIB"}]}}""");

		List<StoreCertificate> certificates = this.client.certificates(this.acme, "Bob's keys");

		// @formatter:off
		StoreCertificate leaf = new StoreCertificate("leaf", "Bob's keys", "/Date(1893456000000)/",
				"2024-01-01", "SHA256withRSA", "true", "MIIB");
		// @formatter:on
		assertThat(certificates).containsExactly(leaf);
		assertThat(this.apim.apiRequest(0).getTarget())
			.isEqualTo(SERVICE + "/CertificateStores('Bob''s%20keys')/certificates");
	}

	@Test
	void certificateStoreReferencesWhenListedThenTargetsAndKinds() {
		this.apim.enqueue(200, """
				{"d":{"results":[{"name":"mtls","certificateStoreName":"mtls-26",\
				"storeType":"TRUSTSTORE"}]}}""");

		List<CertificateStoreReference> found = this.client.certificateStoreReferences(this.acme);

		StoreKind kind = StoreKind.TRUSTSTORE;
		var expected = new CertificateStoreReference("mtls", "mtls-26", "TRUSTSTORE", kind);
		assertThat(found).containsExactly(expected);
		assertThat(found.get(0).asRequestValue()).isEqualTo("ref://mtls");
	}

	@Test
	void apiProxiesWhenExpandedAsArraysOrAsResultsThenBothRead() {
		this.apim.enqueue(200, """
				{"d":{"results":[\
				{"name":"orders","proxyEndPoints":[\
				{"virtualhosts":[{"id":"vh-1"},{"id":"vh-2"}]}],\
				"apiProducts":[{"name":"shop"}]},\
				{"name":"stock","proxyEndPoints":{"results":[\
				{"virtualhosts":{"results":[{"id":"vh-2"}]}},\
				{"virtualhosts":{"results":[{"id":"vh-2"}]}}]},\
				"apiProducts":{"results":[{"name":"shop"},{"name":"warehouse"}]}}]}}""");

		List<ApiProxy> proxies = this.client.apiProxies(this.acme);

		ApiProxy orders = new ApiProxy("orders", List.of("vh-1", "vh-2"), List.of("shop"));
		ApiProxy stock = new ApiProxy("stock", List.of("vh-2"), List.of("shop", "warehouse"));
		assertThat(proxies).containsExactly(orders, stock);
		assertThat(this.apim.apiRequest(0).getTarget())
			.isEqualTo(SERVICE + "/APIProxies?$expand=proxyEndPoints/virtualhosts,apiProducts");
	}

	@Test
	void readWhenReadKeyForbiddenThenMessageNamesThePortalRoles() {
		this.apim.enqueue(new MockResponse.Builder().code(403).build());
		Tenant split = this.apim.tenant("split");
		ThrowingCallable read = () -> this.client.certificateStores(split);
		String message = """
				API Management answered 403: the read key of tenant 'split' lacks the role \
				APIPortal.Administrator or APIPortal.Guest""";

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(read).withMessage(message);
	}

	@Test
	void readWhenWriteKeyStandsInAndForbiddenThenMessageAsksForReadKey() {
		this.apim.enqueue(new MockResponse.Builder().code(403).build());
		ThrowingCallable read = () -> this.client.apiProxies(this.acme);
		String message = """
				API Management answered 403: the write key of tenant 'acme' may not read this; \
				configure a read key with APIPortal.Administrator or APIPortal.Guest""";

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(read).withMessage(message);
	}

	@Test
	void readWhenSuccessAnswerIsHtmlThenErrorSaysSo() {
		String page = "<!DOCTYPE html><html>Sign in</html>";
		this.apim.enqueue(new MockResponse.Builder().code(200).body(page).build());

		assertThatExceptionOfType(ApimErrorException.class).isThrownBy(this::readVirtualHosts)
			.withMessageEndingWith("/VirtualHosts with an HTML page instead of an OData list");
	}

}
