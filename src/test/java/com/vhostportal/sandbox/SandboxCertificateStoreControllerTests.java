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

import static com.vhostportal.sandbox.SandboxCalls.assertJsonPath;
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

		assertThat(stores).extracting(SandboxCertificateStoreControllerTests::nameAndType)
			.containsExactly("sandbox-keystore:KEYSTORE", "expiring-keystore:KEYSTORE",
					"partners-truststore:TRUSTSTORE", "weak-sha1-truststore:TRUSTSTORE",
					"weak-rsa1024-truststore:TRUSTSTORE");
		assertThat(stores.get(0).path("certificates").path("results")).hasSize(2);
	}

	@Test
	void readStoresWhenSelfServiceTokenThenForbidden() {
		String writeToken = this.calls.writeToken();

		MvcTestResult result = this.calls.get(writeToken, "/CertificateStores");

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void readCertificatesWhenSandboxKeystoreThenRsa2048ServerCertificateCoveringTheDomains() {
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
		assertThat(rsaKeySize(certificate)).isEqualTo(2048);
		assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
		assertThat(extendedKeyUsage(certificate)).contains(SERVER_AUTH);
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
		assertThat(rsaKeySize(root)).isEqualTo(2048);
		assertThat(root.getSigAlgName()).isEqualTo("SHA256withRSA");
		assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
		root.verify(root.getPublicKey());
		assertThat(ecKeySize(intermediate)).isEqualTo(256);
		assertThat(intermediate.getBasicConstraints()).isGreaterThanOrEqualTo(0);
		intermediate.verify(root.getPublicKey());
		assertThat(client.getSigAlgName()).isEqualTo("SHA256withECDSA");
		assertThat(extendedKeyUsage(client)).containsExactly(CLIENT_AUTH);
		assertThat(client.getBasicConstraints()).isEqualTo(-1);
		client.verify(intermediate.getPublicKey());
		String email = entries.get(2).path("subjectEmail").asString();
		assertThat(email).isEqualTo("integration@partner.example");
	}

	@Test
	void readCertificatesWhenWeakTruststoresThenSha1SignatureAndRsa1024Key() throws Exception {
		X509Certificate sha1 = parse(certificates("weak-sha1-truststore").get(0));
		X509Certificate rsa1024 = parse(certificates("weak-rsa1024-truststore").get(0));

		assertThat(sha1.getSigAlgName()).isEqualTo("SHA1withRSA");
		assertThat(rsaKeySize(rsa1024)).isEqualTo(1024);
		assertThat(rsa1024.getSigAlgName()).isEqualTo("SHA256withRSA");
	}

	@Test
	void readCertificatesWhenStoreUnknownThenNotFound() {
		String path = "/CertificateStores('no-such-store')/certificates";

		MvcTestResult result = this.calls.get(this.token, path);

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertJsonPath(result, "$.error.code").isEqualTo("CERTIFICATE_STORE_NOT_FOUND");
	}

	@Test
	void readCertificatesWhenStoreKeyIsPercentEncodedThenFound() {
		String path = "/CertificateStores(%27expiring-keystore%27)/certificates";

		assertThat(this.calls.get(this.token, path)).hasStatusOk();
	}

	@Test
	void readReferencesWhenSeededThenKeystoreAndTruststoreReferences() {
		MvcTestResult result = this.calls.get(this.token, "/CertificateStoreReferences");

		assertJsonPath(result, "$.d.results[0].name").isEqualTo("ref-keystore");
		assertThat(result).bodyJson()
			.extractingPath("$.d.results[0].certificateStoreName")
			.isEqualTo("sandbox-keystore");
		assertJsonPath(result, "$.d.results[0].storeType").isEqualTo("KEYSTORE");
		assertJsonPath(result, "$.d.results[1].name").isEqualTo("ref-truststore");
		assertJsonPath(result, "$.d.results[1].storeType").isEqualTo("TRUSTSTORE");
	}

	@Test
	void createReferenceWhenStoreExistsThenCreatedAndUsableInRequests() {
		MvcTestResult result = postReference(reference("ref-created", "expiring-keystore"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertJsonPath(result, "$.d.storeType").isEqualTo("KEYSTORE");
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
		MvcTestResult taken = postReference(reference("ref-keystore", "sandbox-keystore"));
		MvcTestResult unknown = postReference(reference("ref-unknown", "no-such-store"));
		MvcTestResult wrongType = postReference("{\"name\": true}");

		assertThat(taken).hasStatus(HttpStatus.BAD_REQUEST);
		assertJsonPath(taken, "$.error.code").isEqualTo("REFERENCE_ALREADY_EXISTS");
		assertJsonPath(unknown, "$.error.code").isEqualTo("CERTIFICATE_STORE_NOT_FOUND");
		assertJsonPath(wrongType, "$.error.code").isEqualTo("INVALID_REQUEST_BODY");
	}

	@Test
	void createReferenceWhenSelfServiceTokenThenForbidden() {
		String writeToken = this.calls.writeToken();
		String body = reference("ref-forbidden", "sandbox-keystore");

		MvcTestResult result = postReference(writeToken, body);

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void repointReferenceWhenStoreOfSameTypeThenNoContentAndListed() {
		postReference(reference("ref-repoint", "sandbox-keystore"));

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
		postReference(reference("ref-mismatch", "sandbox-keystore"));

		MvcTestResult result = putReference("ref-mismatch", repointTo("partners-truststore"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertJsonPath(result, "$.error.code").isEqualTo("STORE_TYPE_MISMATCH");
	}

	@Test
	void repointReferenceWhenUnknownThenNotFound() {
		MvcTestResult result = putReference("ref-ghost", repointTo("sandbox-keystore"));

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertJsonPath(result, "$.error.code").isEqualTo("REFERENCE_NOT_FOUND");
	}

	private static String reference(String name, String storeName) {
		return "{\"name\": \"" + name + "\", \"certificateStoreName\": \"" + storeName + "\"}";
	}

	private static String repointTo(String storeName) {
		return "{\"certificateStoreName\": \"" + storeName + "\"}";
	}

	private MvcTestResult postReference(String body) {
		return postReference(this.token, body);
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

	private static String nameAndType(JsonNode store) {
		return store.path("name").asString() + ":" + store.path("storeType").asString();
	}

	private static X509Certificate parse(JsonNode entry) {
		byte[] der = Base64.getDecoder().decode(entry.path("content").asString());
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (CertificateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> dnsNames(X509Certificate certificate) {
		try {
			return certificate.getSubjectAlternativeNames()
				.stream()
				.filter((name) -> (Integer) name.get(0) == DNS_NAME)
				.map((name) -> (String) name.get(1))
				.toList();
		}
		catch (CertificateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> extendedKeyUsage(X509Certificate certificate) {
		try {
			return certificate.getExtendedKeyUsage();
		}
		catch (CertificateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int rsaKeySize(X509Certificate certificate) {
		return ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength();
	}

	private static int ecKeySize(X509Certificate certificate) {
		ECPublicKey key = (ECPublicKey) certificate.getPublicKey();
		return key.getParams().getCurve().getField().getFieldSize();
	}

}
