package com.vhostportal.vhost;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualHostNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "prod-apis", "a", "A1", "x-1-y" })
	void isAliasWhenDnsLabelThenTrue(String alias) {
		assertThat(VirtualHostNames.isAlias(alias)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-prod", "prod-", "prod_apis", "prod.apis", "", "pröd" })
	void isAliasWhenNotDnsLabelThenFalse(String alias) {
		assertThat(VirtualHostNames.isAlias(alias)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "apis.example.com", "a.b", "api-1.eu10.example.co.uk" })
	void isHostNameWhenFullHostThenTrue(String host) {
		assertThat(VirtualHostNames.isHostName(host)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			localhost
			apis.example.com.
			apis..example.com
			10.0.0.1
			-a.example.com
			https://apis.example.com
			apis example.com
			""")
	void isHostNameWhenNotFullHostThenFalse(String host) {
		assertThat(VirtualHostNames.isHostName(host)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "partners", "ref://partners-current" })
	void isStoreValueWhenNameOrReferenceThenTrue(String value) {
		assertThat(VirtualHostNames.isStoreValue(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ref://", "ref://  ", "http://x", " " })
	void isStoreValueWhenMalformedThenFalse(String value) {
		assertThat(VirtualHostNames.isStoreValue(value)).isFalse();
	}

}
