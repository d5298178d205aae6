package com.vhostportal.apim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallMetricsTests {

	private static final String CONFIGURATION = "/apiportal/operations/1.0/Configuration.svc";

	private static final String MANAGEMENT = "/apiportal/api/1.0/Management.svc";

	@ParameterizedTest
	@CsvSource({ CONFIGURATION + "/VirtualHostRequests, VirtualHostRequests",
			MANAGEMENT + "/CertificateStores('keys')/certificates, certificates",
			MANAGEMENT + "/CertificateStoreReferences('ref'), CertificateStoreReferences" })
	void endpointWhenPathHasKeysThenTagIsTheEntitySet(String path, String endpoint) {
		assertThat(CallMetrics.endpoint(path)).isEqualTo(endpoint);
	}

}
