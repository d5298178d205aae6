package com.vhostportal.sandbox;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxCertificateStoreController}.
 */
@SandboxWebMvcTest
class SandboxCertificateStoreControllerTests {

	private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

	private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

	private static final int DNS_NAME = 2;

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
		this.token = this.calls.readToken();
	}

	@Test
	void readStoresWhenExpandedAcrossPagesThenEveryStoreWithItsCertificates() {
		List<JsonNode> stores = readAll("/CertificateStores?$expand=certificates");

		assertThat(stores)
			.extracting((store) -> store.path("name").asString() + ":" + store.path("storeType").asString())
			.containsExactly("sandbox-keystore:KEYSTORE", "expiring-keystore:KEYSTORE",
					"partners-truststore:TRUSTSTORE", "weak-sha1-truststore:TRUSTSTORE",
					"weak-rsa1024-truststore:TRUSTSTORE");
		assertThat(stores.get(0).path("certificates").path("results")).hasSize(2);
	}

	@Test
	void readStoresWhenSelfServiceTokenThenForbidden() {
		String writeToken = this.calls.writeToken();

		assertThat(this.calls.get(writeToken, "/CertificateStores")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void readCertificatesWhenSandboxKeystoreThenRsa2048ServerCertificateCoveringTheDomains() throws Exception {
		List<JsonNode> certificates = certificates("sandbox-keystore");

		assertThat(certificates).extracting((certificate) -> certificate.path("name").asString())
			.containsExactly("apis", "legacy");
		JsonNode apis = certificates.get(0);
		assertThat(apis.path("storeName").asString()).isEqualTo("sandbox-keystore");
		assertThat(apis.path("signAlgName").asString()).isEqualTo("SHA256withRSA");
		assertThat(apis.path("isValid").asString()).isEqualTo("true");
		assertThat(apis.path("version").asInt()).isEqualTo(3);
		assertThat(apis.path("issuerEmail").asString()).isEqualTo("pki@sandbox.example.test");
		assertThat(apis.path("expiryDate").asString()).matches("/Date\\(\\d+\\)/");
		X509Certificate certificate = parse(apis);
		assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
		assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
		assertThat(certificate.getExtendedKeyUsage()).contains(SERVER_AUTH);
		assertThat(dnsNames(certificate)).containsExactly("apis.example.com", "*.example.com");
		assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
		String expiryDate = "/Date(" + certificate.getNotAfter().getTime() + ")/";
		assertThat(apis.path("expiryDate").asString()).isEqualTo(expiryDate);
	}

	@Test
	void readCertificatesWhenExpiringKeystoreThenValidButExpiringWithin30Days() throws Exception {
		JsonNode expiring = certificates("expiring-keystore").get(0);

		assertThat(expiring.path("name").asString()).isEqualTo("expiring");
		assertThat(expiring.path("isValid").asString()).isEqualTo("true");
		X509Certificate certificate = parse(expiring);
		certificate.checkValidity();
		Duration left = Duration.between(Instant.now(), certificate.getNotAfter().toInstant());
		assertThat(left).isPositive().isLessThan(Duration.ofDays(30));
	}

	@Test
	void readCertificatesWhenPartnersTruststoreThenFullClientChain() throws Exception {
		List<JsonNode> entries = certificates("partners-truststore");

		assertThat(entries).extracting((entry) -> entry.path("name").asString())
			.containsExactly("partner-root-ca", "partner-issuing-ca", "partner-client");
		X509Certificate root = parse(entries.get(0));
		X509Certificate intermediate = parse(entries.get(1));
		X509Certificate client = parse(entries.get(2));
		assertThat(((RSAPublicKey) root.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
		assertThat(root.getSigAlgName()).isEqualTo("SHA256withRSA");
		assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
		root.verify(root.getPublicKey());
		assertThat(((ECPublicKey) intermediate.getPublicKey()).getParams().getCurve().getField().getFieldSize())
			.isEqualTo(256);
		assertThat(intermediate.getBasicConstraints()).isGreaterThanOrEqualTo(0);
		intermediate.verify(root.getPublicKey());
		assertThat(client.getSigAlgName()).isEqualTo("SHA256withECDSA");
		assertThat(client.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
		assertThat(client.getBasicConstraints()).isEqualTo(-1);
		client.verify(intermediate.getPublicKey());
		assertThat(entries.get(2).path("subjectEmail").asString()).isEqualTo("integration@partner.example");
	}

	@Test
	void readCertificatesWhenWeakTruststoresThenSha1SignatureAndRsa1024Key() throws Exception {
		X509Certificate sha1 = parse(certificates("weak-sha1-truststore").get(0));
		X509Certificate rsa1024 = parse(certificates("weak-rsa1024-truststore").get(0));

		assertThat(sha1.getSigAlgName()).isEqualTo("SHA1withRSA");
		assertThat(((RSAPublicKey) rsa1024.getPublicKey()).getModulus().bitLength()).isEqualTo(1024);
		assertThat(rsa1024.getSigAlgName()).isEqualTo("SHA256withRSA");
	}

	@Test
	void readCertificatesWhenStoreUnknownThenNotFound() {
		MvcTestResult result = this.calls.get(this.token, "/CertificateStores('no-such-store')/certificates");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.error.code").isEqualTo("CERTIFICATE_STORE_NOT_FOUND");
	}

	@Test
	void readCertificatesWhenStoreKeyIsPercentEncodedThenFound() {
		assertThat(this.calls.get(this.token, "/CertificateStores(%27expiring-keystore%27)/certificates"))
			.hasStatusOk();
	}

	@Test
	void readReferencesWhenSeededThenKeystoreAndTruststoreReferences() {
		MvcTestResult result = this.calls.get(this.token, "/CertificateStoreReferences");

		assertThat(result).bodyJson().extractingPath("$.d.results[0].name").isEqualTo("ref-keystore");
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].certificateStoreName")
			.isEqualTo("sandbox-keystore");
		assertThat(result).bodyJson().extractingPath("$.d.results[0].storeType").isEqualTo("KEYSTORE");
		assertThat(result).bodyJson().extractingPath("$.d.results[1].name").isEqualTo("ref-truststore");
		assertThat(result).bodyJson().extractingPath("$.d.results[1].storeType").isEqualTo("TRUSTSTORE");
	}

	@Test
	void createReferenceWhenStoreExistsThenCreatedAndUsableInRequests() {
		MvcTestResult result = postReference(this.token, reference("ref-created", "expiring-keystore"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.d.storeType").isEqualTo("KEYSTORE");
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
			.endsWith("/CertificateStoreReferences('ref-created')");
		MvcTestResult request = this.calls.virtualHostRequest(this.calls.writeToken(), """
				{"accountId": "sandbox", "virtualHostUrl": "expiring.example.com",
				 "isDefaultVirtualHostRequest": false, "isForCustomDomain": true,
				 "keyStoreName": "ref://ref-created", "keyStoreAlias": "expiring",
				 "operation": "CREATE"}""");
		assertThat(request).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void createReferenceWhenNameTakenOrStoreUnknownThenBadRequest() {
		MvcTestResult taken = postReference(this.token, reference("ref-keystore", "sandbox-keystore"));
		MvcTestResult unknown = postReference(this.token, reference("ref-unknown", "no-such-store"));
		MvcTestResult wrongType = postReference(this.token, "{\"name\": true}");

		assertThat(taken).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(taken).bodyJson().extractingPath("$.error.code").isEqualTo("REFERENCE_ALREADY_EXISTS");
		assertThat(unknown).bodyJson().extractingPath("$.error.code").isEqualTo("CERTIFICATE_STORE_NOT_FOUND");
		assertThat(wrongType).bodyJson().extractingPath("$.error.code").isEqualTo("INVALID_REQUEST_BODY");
	}

	@Test
	void createReferenceWhenSelfServiceTokenThenForbidden() {
		String writeToken = this.calls.writeToken();

		MvcTestResult result = postReference(writeToken, reference("ref-forbidden", "sandbox-keystore"));

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void repointReferenceWhenStoreOfSameTypeThenNoContentAndListed() {
		postReference(this.token, reference("ref-repoint", "sandbox-keystore"));

		MvcTestResult result = putReference("ref-repoint", repointTo("expiring-keystore"));

		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		List<JsonNode> references = readAll("/CertificateStoreReferences");
		assertThat(references)
			.extracting((reference) -> reference.path("name").asString() + " -> "
					+ reference.path("certificateStoreName").asString())
			.contains("ref-repoint -> expiring-keystore");
	}

	@Test
	void repointReferenceWhenStoreOfOtherTypeThenBadRequest() {
		postReference(this.token, reference("ref-mismatch", "sandbox-keystore"));

		MvcTestResult result = putReference("ref-mismatch", repointTo("partners-truststore"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.error.code").isEqualTo("STORE_TYPE_MISMATCH");
	}

	@Test
	void repointReferenceWhenUnknownThenNotFound() {
		MvcTestResult result = putReference("ref-ghost", repointTo("sandbox-keystore"));

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.error.code").isEqualTo("REFERENCE_NOT_FOUND");
	}

	private static String reference(String name, String storeName) {
		return "{\"name\": \"" + name + "\", \"certificateStoreName\": \"" + storeName + "\"}";
	}

	private static String repointTo(String storeName) {
		return "{\"certificateStoreName\": \"" + storeName + "\"}";
	}

	private MvcTestResult postReference(String token, String body) {
		return this.mvc.post()
			.uri(SandboxCalls.MANAGEMENT + "/CertificateStoreReferences")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult putReference(String name, String body) {
		return this.mvc.put()
			.uri(SandboxCalls.MANAGEMENT + "/CertificateStoreReferences('" + name + "')")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private List<JsonNode> certificates(String storeName) {
		return readAll("/CertificateStores('" + storeName + "')/certificates");
	}

	private List<JsonNode> readAll(String path) {
		List<JsonNode> entries = new ArrayList<>();
		String page = path;
		while (page != null) {
			MvcTestResult result = this.calls.get(this.token, page);
			assertThat(result).hasStatusOk();
			JsonNode d = this.jsonMapper.readTree(SandboxCalls.body(result)).path("d");
			d.path("results").forEach(entries::add);
			page = d.has("__next") ? d.path("__next").asString() : null;
		}
		return entries;
	}

	private static X509Certificate parse(JsonNode entry) throws CertificateException {
		byte[] der = Base64.getDecoder().decode(entry.path("content").asString());
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(der));
	}

	private static List<String> dnsNames(X509Certificate certificate) throws CertificateException {
		return certificate.getSubjectAlternativeNames()
			.stream()
			.filter((name) -> (Integer) name.get(0) == DNS_NAME)
			.map((name) -> (String) name.get(1))
			.toList();
	}

}
