package com.vhostportal.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.vhostportal.tenant.TenantProperties.Entry;
import com.vhostportal.tenant.TenantProperties.Key;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TenantDirectoryTests {

	private static final String API_URL = "https://apim.example.com";

	private static final String PROD_TOKEN_URL = """
			https://Acme-Prod.authentication.eu10.hana.ondemand.com/oauth/token""";

	private static final String TOKEN_URL = """
			https://acme.authentication.eu10.hana.ondemand.com/oauth/token""";

	private static final Key KEY = new Key(API_URL, PROD_TOKEN_URL, "client", "secret", null);

	@Test
	void findWhenAccountIdAbsentThenReadsItOffTokenUrlHost() {
		TenantDirectory directory = directory(entry("acme", KEY));

		Tenant tenant = directory.find("acme").orElseThrow();

		assertThat(tenant.accountId()).isEqualTo("acme-prod");
		assertThat(tenant.readKey()).isNull();
		assertThat(tenant.key(KeyRole.READ)).isEqualTo(tenant.writeKey());
	}

	@Test
	void findWhenAccountIdGivenThenLowercased() {
		FieldLayout layout = FieldLayout.LEGACY_2025;
		Entry legacy = new Entry("acme", "ACME", "ACME-Dev", layout, KEY, KEY, "platform");
		TenantDirectory directory = directory(legacy);

		assertThat(directory.find("acme").orElseThrow().accountId()).isEqualTo("acme-dev");
	}

	@Test
	void createWhenServiceKeyFileGivenThenReadsIt(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("key.json");
		Files.writeString(file, """
				{"oauth": {"url": "https://apim.example.com", "tokenurl":
				 "https://acme.authentication.eu10.hana.ondemand.com/oauth/token",
				 "clientid": "file-client", "clientsecret": "file-secret"}}
				""");
		Key fromFile = new Key(null, null, null, null, file.toString());

		TenantDirectory directory = directory(entry("acme", fromFile));

		Tenant tenant = directory.find("acme").orElseThrow();
		assertThat(tenant.writeKey().clientId()).isEqualTo("file-client");
	}

	@Test
	void createWhenIdUsedTwiceThenNamesTheProperty() {
		Entry entry = entry("acme", KEY);

		assertThatIllegalStateException().isThrownBy(() -> directory(entry, entry))
			.withMessageContaining("portal.tenants[1].id");
	}

	@Test
	void createWhenSecretMissingThenNamesTheProperty() {
		Key noSecret = new Key(API_URL, TOKEN_URL, "client", null, null);

		assertThatIllegalStateException().isThrownBy(() -> directory(entry("acme", noSecret)))
			.withMessageContaining("portal.tenants[0].write-key.client-secret");
	}

	@Test
	void createWhenServiceKeyFileUnreadableThenNamesTheProperty(@TempDir Path dir) {
		Key missing = new Key(null, null, null, null, dir.resolve("absent.json").toString());

		assertThatIllegalStateException().isThrownBy(() -> directory(entry("acme", missing)))
			.withMessageContaining("portal.tenants[0].write-key.service-key-file");
	}

	@Test
	void createWhenUrlMalformedThenNamesThePropertyAndTheFix() {
		Key badUrl = new Key("apim.example.com", TOKEN_URL, "client", "secret", null);
		ThrowingCallable create = () -> directory(entry("acme", badUrl));

		assertThatExceptionOfType(TenantConfigurationException.class).isThrownBy(create)
			.withMessageContaining("portal.tenants[0].write-key.url")
			.withMessageContaining("not an http(s) URL");
	}

	@Test
	void analyzeWhenTenantMisconfiguredThenOneLineWithPropertyAndAction() {
		TenantConfigurationException failure = new TenantConfigurationException(
				"portal.tenants[0].id: set a url-safe id");

		FailureAnalysis analysis = new TenantConfigurationFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", failure));

		assertThat(analysis.getDescription()).isEqualTo("portal.tenants[0].id: set a url-safe id");
		assertThat(analysis.getAction()).contains("application.yml.example");
	}

	@Test
	void createWhenIdNotUrlSafeThenRefused() {
		assertThatIllegalStateException().isThrownBy(() -> directory(entry("acme prod", KEY)))
			.withMessageContaining("url-safe");
	}

	private static Entry entry(String id, Key writeKey) {
		return new Entry(id, "ACME", null, FieldLayout.CURRENT, writeKey, null, "platform");
	}

	private static TenantDirectory directory(Entry... entries) {
		return new TenantDirectory(new TenantProperties(List.of(entries)));
	}

}
