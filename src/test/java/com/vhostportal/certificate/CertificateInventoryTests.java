package com.vhostportal.certificate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vhostportal.apim.CertificateStore;
import com.vhostportal.apim.CertificateStoreContents;
import com.vhostportal.apim.CertificateStoreReference;
import com.vhostportal.apim.ManagementClient;
import com.vhostportal.apim.StoreCertificate;
import com.vhostportal.apim.StoreKind;
import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import org.junit.jupiter.api.Test;

import static com.vhostportal.certificate.TestCertificates.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class CertificateInventoryTests {

	private static final String API_URL = "https://apim.example.test";

	private static final String TOKEN_URL = "https://t.example.test/token";

	private static final ServiceKey KEY = new ServiceKey(API_URL, TOKEN_URL, "id", "secret");

	private final Tenant tenant = acme();

	private final ManagementClient management = mock(ManagementClient.class);

	private final Clock clock = mock(Clock.class);

	@Test
	void ofWhenReadTwiceWithinTtlThenUpstreamReadOnceAndDecodedOnce() {
		storesListed();
		CertificateInventory inventory = inventory(Duration.ofSeconds(60));

		given(this.clock.instant()).willReturn(NOW, NOW.plusSeconds(59));
		TenantCertificates first = inventory.of(this.tenant);
		TenantCertificates second = inventory.of(this.tenant);

		assertThat(second).isSameAs(first);
		verify(this.management, times(1)).certificateStoresWithCertificates(this.tenant);
		StoreCertificates current = first.resolve("ref://current").orElseThrow();
		assertThat(current.certificates()).singleElement()
			.satisfies((details) -> assertThat(details.keyDescription()).isEqualTo("RSA 2048"));
	}

	@Test
	void ofWhenTtlPassedThenReadAgain() {
		storesListed();
		CertificateInventory inventory = inventory(Duration.ofSeconds(60));

		given(this.clock.instant()).willReturn(NOW, NOW.plusSeconds(61));
		inventory.of(this.tenant);
		inventory.of(this.tenant);

		verify(this.management, times(2)).certificateStoresWithCertificates(this.tenant);
	}

	@Test
	void ofWhenTtlZeroThenEveryCallReads() {
		storesListed();
		CertificateInventory inventory = inventory(Duration.ZERO);
		given(this.clock.instant()).willReturn(NOW);

		inventory.of(this.tenant);
		inventory.of(this.tenant);

		verify(this.management, times(2)).certificateStoresWithCertificates(this.tenant);
	}

	private void storesListed() {
		TestCertificates.Issued root = TestCertificates.root("Inventory Root").issue();
		CertificateStore store = new CertificateStore("trust", "TRUSTSTORE", StoreKind.TRUSTSTORE);
		StoreCertificate stored = root.stored("root", "trust");
		var contents = new CertificateStoreContents(store, List.of(stored));
		StoreKind kind = StoreKind.TRUSTSTORE;
		var current = new CertificateStoreReference("current", "trust", "TRUSTSTORE", kind);
		List<CertificateStoreContents> stores = List.of(contents);
		List<CertificateStoreReference> references = List.of(current);

		given(this.management.certificateStoresWithCertificates(this.tenant)).willReturn(stores);
		given(this.management.certificateStoreReferences(this.tenant)).willReturn(references);
	}

	private static Tenant acme() {
		return new Tenant("acme", "ACME", "acme", FieldLayout.CURRENT, KEY, KEY, "platform");
	}

	private CertificateInventory inventory(Duration ttl) {
		CertificateProperties properties = new CertificateProperties(ttl,
				new CertificateProperties.Policy(CertificatePolicy.WARN, Map.of()));
		return new CertificateInventory(this.management, properties, this.clock);
	}

}
