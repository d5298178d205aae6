package com.vhostportal.certificate;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HostNameMatchTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			apis.example.com, apis.example.com, true
			APIS.Example.com, apis.example.COM, true
			apis.example.com., apis.example.com, true
			apis.example.com, other.example.com, false
			apis.example.com, *.example.com, true
			example.com, *.example.com, false
			a.apis.example.com, *.example.com, false
			example.com, *.com, false
			apis.com, *.com, false
			apis.example.com, api*.example.com, false
			apis.example.com, *.*.com, false""")
	void coveredByWhenNameComparedThenRfc6125Rules(String host, String name, boolean covered) {
		assertThat(HostNameMatch.coveredBy(host, List.of(name))).isEqualTo(covered);
	}

}
