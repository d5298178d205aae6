package com.vhostportal.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TenantDirectoryTests {

	private static final TenantProperties.Key KEY = new TenantProperties.Key("https://apim.example.com",
			"https://Acme-Prod.authentication.eu10.hana.ondemand.com/oauth/token", "client", "secret", null);

	@Test
	void findWhenAccountIdAbsentThenReadsItOffTokenUrlHost() {
		TenantDirectory directory = directory(
				new TenantProperties.Entry("acme", "ACME", null, FieldLayout.CURRENT, KEY, null, "platform"));

		Tenant tenant = directory.find("acme").orElseThrow();

		assertThat(tenant.accountId()).isEqualTo("acme-prod");
		assertThat(tenant.readKey()).isNull();
		assertThat(tenant.key(KeyRole.READ)).isEqualTo(tenant.writeKey());
	}

	@Test
	void findWhenAccountIdGivenThenLowercased() {
		TenantDirectory directory = directory(
				new TenantProperties.Entry("acme", "ACME", "ACME-Dev", FieldLayout.LEGACY_2025, KEY, KEY, "platform"));

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
		TenantProperties.Key fromFile = new TenantProperties.Key(null, null, null, null, file.toString());

		TenantDirectory directory = directory(
				new TenantProperties.Entry("acme", "ACME", null, FieldLayout.CURRENT, fromFile, null, "platform"));

		assertThat(directory.find("acme").orElseThrow().writeKey().clientId()).isEqualTo("file-client");
	}

	@Test
	void createWhenIdUsedTwiceThenNamesTheProperty() {
		TenantProperties.Entry entry = new TenantProperties.Entry("acme", "ACME", null, FieldLayout.CURRENT, KEY, null,
				"platform");

		assertThatIllegalStateException().isThrownBy(() -> directory(entry, entry))
			.withMessageContaining("portal.tenants[1].id");
	}

	@Test
	void createWhenSecretMissingThenNamesTheProperty() {
		TenantProperties.Key noSecret = new TenantProperties.Key("https://apim.example.com",
				"https://acme.authentication.eu10.hana.ondemand.com/oauth/token", "client", null, null);

		assertThatIllegalStateException()
			.isThrownBy(() -> directory(
					new TenantProperties.Entry("acme", "ACME", null, FieldLayout.CURRENT, noSecret, null, "platform")))
			.withMessageContaining("portal.tenants[0].write-key.client-secret");
	}

	@Test
	void createWhenServiceKeyFileUnreadableThenNamesTheProperty(@TempDir Path dir) {
		TenantProperties.Key missing = new TenantProperties.Key(null, null, null, null,
				dir.resolve("absent.json").toString());

		assertThatIllegalStateException()
			.isThrownBy(() -> directory(
					new TenantProperties.Entry("acme", "ACME", null, FieldLayout.CURRENT, missing, null, "platform")))
			.withMessageContaining("portal.tenants[0].write-key.service-key-file");
	}

	@Test
	void createWhenUrlMalformedThenNamesThePropertyAndTheFix() {
		TenantProperties.Key badUrl = new TenantProperties.Key("apim.example.com",
				"https://acme.authentication.eu10.hana.ondemand.com/oauth/token", "client", "secret", null);

		assertThatExceptionOfType(TenantConfigurationException.class)
			.isThrownBy(() -> directory(
					new TenantProperties.Entry("acme", "ACME", null, FieldLayout.CURRENT, badUrl, null, "platform")))
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
		assertThatIllegalStateException()
			.isThrownBy(() -> directory(
					new TenantProperties.Entry("acme prod", "ACME", null, FieldLayout.CURRENT, KEY, null, "platform")))
			.withMessageContaining("url-safe");
	}

	private static TenantDirectory directory(TenantProperties.Entry... entries) {
		return new TenantDirectory(new TenantProperties(List.of(entries)));
	}

}
