package com.vhostportal.tenant;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServiceKeyParserTests {

	@Test
	void parseWhenBindingSecretShapeThenReadsAllFields() {
		ServiceKey key = ServiceKeyParser.parse("""
				{"url": "https://apim.example.com/", \
				"tokenUrl": "https://acme.auth.example.com/oauth/token",
				 "clientId": "sb-client", "clientSecret": "s3cret"}
				""");

		assertThat(key).isEqualTo(new ServiceKey("https://apim.example.com",
				"https://acme.auth.example.com/oauth/token", "sb-client", "s3cret"));
	}

	@Test
	void parseWhenNestedOauthShapeThenReadsAllFields() {
		ServiceKey key = ServiceKeyParser.parse("""
				{"oauth": {"url": "https://apim.example.com", \
				"tokenurl": "https://acme.auth.example.com/oauth/token",
				 "clientid": "sb-client", "clientsecret": "s3cret"}}
				""");

		assertThat(key.clientId()).isEqualTo("sb-client");
		assertThat(key.clientSecret()).isEqualTo("s3cret");
		assertThat(key.tokenUrl()).isEqualTo("https://acme.auth.example.com/oauth/token");
	}

	@Test
	void parseWhenX509KeyThenExplainsWhatIsNeeded() {
		String x509 = """
				{"url": "https://apim.example.com", \
				"tokenUrl": "https://a.example.com/oauth/token",
				 "clientId": "c", "certificate": "-----BEGIN CERTIFICATE-----", "privateKey": "k",
				 "certurl": "https://a.cert.example.com"}
				""";

		assertRefused(x509).withMessageContaining("x509");
	}

	@Test
	void parseWhenSecretMissingThenNamesTheField() {
		String noSecret = """
				{"url": "https://x", "tokenUrl": "https://y/oauth/token", "clientId": "c"}""";

		assertRefused(noSecret).withMessageContaining("clientSecret");
	}

	@Test
	void parseWhenNotJsonThenSaysSo() {
		assertRefused("{oops").withMessageContaining("not valid JSON");
	}

	@Test
	void toStringWhenPrintedThenSecretIsMasked() {
		ServiceKey key = new ServiceKey("https://x", "https://y", "client", "s3cret");

		assertThat(key.toString()).doesNotContain("s3cret").contains("******");
	}

	private ThrowableAssertAlternative<InvalidServiceKeyException> assertRefused(String json) {
		return assertThatExceptionOfType(InvalidServiceKeyException.class)
			.isThrownBy(() -> ServiceKeyParser.parse(json));
	}

}
