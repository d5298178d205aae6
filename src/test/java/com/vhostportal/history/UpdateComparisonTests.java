package com.vhostportal.history;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vhostportal.apim.RequestedSettings;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.history.UpdateComparison.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateComparisonTests {

	// @formatter:off
	private static final VirtualHost CUSTOM = new VirtualHost("vh-1", "shop", "shop.example.com",
			443, false, true, true, false, "keys", "", null, null);
	// @formatter:on

	private static final Function<Row, String> LABEL = Row::labelKey;

	private static final Predicate<Row> CHANGED = Row::changed;

	@Test
	void ofWhenCurrentLayoutThenEveryFieldComparedAndBlankIsNone() {
		RequestedSettings requested = RequestedSettings.read("""
				{"virtualHostId":"vh-1","virtualHostUrl":"shop.example.com",
				"isDefaultVirtualHostRequest":true,"isForCustomDomain":true,"keyStoreName":"keys",
				"keyStoreAlias":"server","operation":"UPDATE"}""");

		// @formatter:off
		assertThat(UpdateComparison.of(CUSTOM, requested))
			.extracting(Row::labelKey, Row::before, Row::after, Row::changed)
			.containsExactly(
					tuple("vhost.virtualHostUrl", "shop.example.com", "shop.example.com", false),
					tuple("vhost.domainType", "CUSTOM", "CUSTOM", false),
					tuple("vhost.defaultHost", "false", "true", true),
					tuple("vhost.clientAuth", "false", "false", false),
					tuple("vhost.keyStore", "keys", "keys", false),
					tuple("vhost.keyAlias", null, "server", true),
					tuple("vhost.trustStore", null, null, false));
		// @formatter:on
	}

	@Test
	void ofWhenLegacyLayoutThenKeyStoreReadFromKeyStoreAndNoAliasRow() {
		RequestedSettings requested = RequestedSettings.read("""
				{"virtualHostId":"vh-1","virtualHostUrl":"shop.example.com",
				"isDefaultVirtualHostRequest":false,"keyStore":"renewed","operation":"UPDATE"}""");

		List<Row> rows = UpdateComparison.of(CUSTOM, requested);

		assertThat(requested.customDomain()).isTrue();
		assertThat(requested.legacyLayout()).isTrue();
		assertThat(rows).extracting(LABEL).doesNotContain("vhost.keyAlias");
		assertThat(rows).filteredOn(CHANGED).extracting(LABEL).containsExactly("vhost.keyStore");
	}

	@Test
	void ofWhenMovedToDefaultDomainThenAliasComparedWithHostName() {
		RequestedSettings requested = RequestedSettings.read("""
				{"virtualHostId":"vh-1","virtualHostUrl":"shop",
				"isDefaultVirtualHostRequest":false,"operation":"UPDATE"}""");

		List<Row> rows = UpdateComparison.of(CUSTOM, requested);

		assertThat(rows).filteredOn(CHANGED)
			.extracting(LABEL)
			.containsExactly("vhost.virtualHostUrl", "vhost.domainType", "vhost.keyStore");
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
