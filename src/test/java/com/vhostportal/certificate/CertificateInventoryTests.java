package com.vhostportal.certificate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vhostportal.apim.CertificateStore;
import com.vhostportal.apim.CertificateStoreContents;
import com.vhostportal.apim.CertificateStoreReference;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.StoreKind;
import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class CertificateInventoryTests {

	private static final ServiceKey KEY = new ServiceKey("https://apim.example.test", "https://t.example.test/token",
			"id", "secret");

	private final Tenant tenant = new Tenant("acme", "ACME", "acme", FieldLayout.CURRENT, KEY, KEY, "platform");

	private final ManagementClient management = mock(ManagementClient.class);

	private final Clock clock = mock(Clock.class);

	@Test
	void ofWhenReadTwiceWithinTtlThenUpstreamReadOnceAndDecodedOnce() {
		storesListed();
		CertificateInventory inventory = inventory(Duration.ofSeconds(60));

		given(this.clock.instant()).willReturn(TestCertificates.NOW, TestCertificates.NOW.plusSeconds(59));
		TenantCertificates first = inventory.of(this.tenant);
		TenantCertificates second = inventory.of(this.tenant);

		assertThat(second).isSameAs(first);
		verify(this.management, times(1)).certificateStoresWithCertificates(this.tenant);
		assertThat(first.resolve("ref://current").orElseThrow().certificates()).singleElement()
			.satisfies((certificate) -> assertThat(certificate.keyDescription()).isEqualTo("RSA 2048"));
	}

	@Test
	void ofWhenTtlPassedThenReadAgain() {
		storesListed();
		CertificateInventory inventory = inventory(Duration.ofSeconds(60));

		given(this.clock.instant()).willReturn(TestCertificates.NOW, TestCertificates.NOW.plusSeconds(61));
		inventory.of(this.tenant);
		inventory.of(this.tenant);

		verify(this.management, times(2)).certificateStoresWithCertificates(this.tenant);
	}

	@Test
	void ofWhenTtlZeroThenEveryCallReads() {
		storesListed();
		CertificateInventory inventory = inventory(Duration.ZERO);
		given(this.clock.instant()).willReturn(TestCertificates.NOW);

		inventory.of(this.tenant);
		inventory.of(this.tenant);

		verify(this.management, times(2)).certificateStoresWithCertificates(this.tenant);
	}

	private void storesListed() {
		TestCertificates.Issued root = TestCertificates.root("Inventory Root").issue();
		CertificateStore store = new CertificateStore("trust", "TRUSTSTORE", StoreKind.TRUSTSTORE);
		given(this.management.certificateStoresWithCertificates(this.tenant))
			.willReturn(List.of(new CertificateStoreContents(store, List.of(root.stored("root", "trust")))));
		given(this.management.certificateStoreReferences(this.tenant))
			.willReturn(List.of(new CertificateStoreReference("current", "trust", "TRUSTSTORE", StoreKind.TRUSTSTORE)));
	}

	private CertificateInventory inventory(Duration ttl) {
		CertificateProperties properties = new CertificateProperties(ttl,
				new CertificateProperties.Policy(CertificatePolicy.WARN, Map.of()));
		return new CertificateInventory(this.management, properties, this.clock);
	}

}
