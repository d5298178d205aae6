package com.vhostportal.apim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallMetricsTests {

	@ParameterizedTest
	@CsvSource({ "/apiportal/operations/1.0/Configuration.svc/VirtualHostRequests, VirtualHostRequests",
			"/apiportal/api/1.0/Management.svc/CertificateStores('keys')/certificates, certificates",
			"/apiportal/api/1.0/Management.svc/CertificateStoreReferences('ref'), CertificateStoreReferences" })
	void endpointWhenPathHasKeysThenTagIsTheEntitySet(String path, String endpoint) {
		assertThat(CallMetrics.endpoint(path)).isEqualTo(endpoint);
	}

}
