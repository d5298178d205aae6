package com.vhostportal.history;

import com.vhostportal.apim.RequestedSettings;
import com.vhostportal.apim.VirtualHost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateComparisonTests {

	private static final VirtualHost CUSTOM = new VirtualHost("vh-1", "shop", "shop.example.com", 443, false, true,
			true, false, "keys", "", null, null);

	@Test
	void ofWhenCurrentLayoutThenEveryFieldComparedAndBlankIsNone() {
		RequestedSettings requested = RequestedSettings.read("""
				{"virtualHostId":"vh-1","virtualHostUrl":"shop.example.com","isDefaultVirtualHostRequest":true,
				"isForCustomDomain":true,"keyStoreName":"keys","keyStoreAlias":"server","operation":"UPDATE"}""");

		assertThat(UpdateComparison.of(CUSTOM, requested))
			.extracting(UpdateComparison.Row::labelKey, UpdateComparison.Row::before, UpdateComparison.Row::after,
					UpdateComparison.Row::changed)
			.containsExactly(tuple("vhost.virtualHostUrl", "shop.example.com", "shop.example.com", false),
					tuple("vhost.domainType", "CUSTOM", "CUSTOM", false),
					tuple("vhost.defaultHost", "false", "true", true),
					tuple("vhost.clientAuth", "false", "false", false), tuple("vhost.keyStore", "keys", "keys", false),
					tuple("vhost.keyAlias", null, "server", true), tuple("vhost.trustStore", null, null, false));
	}

	@Test
	void ofWhenLegacyLayoutThenKeyStoreReadFromKeyStoreAndNoAliasRow() {
		RequestedSettings requested = RequestedSettings.read("""
				{"virtualHostId":"vh-1","virtualHostUrl":"shop.example.com","isDefaultVirtualHostRequest":false,
				"keyStore":"renewed","operation":"UPDATE"}""");

		assertThat(requested.customDomain()).isTrue();
		assertThat(requested.legacyLayout()).isTrue();
		assertThat(UpdateComparison.of(CUSTOM, requested)).extracting(UpdateComparison.Row::labelKey)
			.doesNotContain("vhost.keyAlias");
		assertThat(UpdateComparison.of(CUSTOM, requested)).filteredOn(UpdateComparison.Row::changed)
			.extracting(UpdateComparison.Row::labelKey)
			.containsExactly("vhost.keyStore");
	}

	@Test
	void ofWhenMovedToDefaultDomainThenAliasComparedWithHostName() {
		RequestedSettings requested = RequestedSettings.read("""
				{"virtualHostId":"vh-1","virtualHostUrl":"shop","isDefaultVirtualHostRequest":false,
				"operation":"UPDATE"}""");

		assertThat(UpdateComparison.of(CUSTOM, requested)).filteredOn(UpdateComparison.Row::changed)
			.extracting(UpdateComparison.Row::labelKey)
			.containsExactly("vhost.virtualHostUrl", "vhost.domainType", "vhost.keyStore");
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
