package com.vhostportal.vhost;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamFieldErrorsTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			VHR_VIRTUALHOST_ALIAS_LENGTH_GREATER_THAN_63_CHARS, virtualHostUrl
			VHR_VIRTUALHOST_ALREADY_EXISTS, virtualHostUrl
			VHR_INVALID_CUSTOM_DOMAIN, virtualHostUrl
			VHR_KEYSTORE_ALIAS_NOT_FOUND, keyAlias
			VHR_KEYSTORE_NOT_FOUND, keyStore
			VHR_TRUSTSTORE_MISSING, trustStore
			VHR_DEFAULT_VIRTUALHOST_REQUIRED, defaultHost
			""")
	void fieldForWhenCodeConcernsAFieldThenThatField(String code, String field) {
		assertThat(UpstreamFieldErrors.fieldFor(code)).contains(field);
	}

	@ParameterizedTest
	@CsvSource({ "VHR_NO_COMPLETED_RECORD_FOUND", "VHR_INVALID_ACCOUNT_ID", "TOKEN_FAILED" })
	void fieldForWhenCodeConcernsNoFieldThenEmpty(String code) {
		assertThat(UpstreamFieldErrors.fieldFor(code)).isEmpty();
	}

}
