package com.vhostportal.sandbox;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.vhostportal.sandbox.SandboxCertificateAuthority.Issued;
import com.vhostportal.sandbox.SandboxCertificateAuthority.Template;
import com.vhostportal.sandbox.SandboxCertificateAuthority.Usage;
import com.vhostportal.sandbox.SandboxCertificateStore.Entry;

/**
 * The certificate stores the sandbox tenant starts with: one of each case the portal has
 * to tell apart, from a sound keystore and a full client chain to an expiring server
 * certificate and the weak certificates SAP has refused since January 2024.
 */
final class SandboxSeedStores {

	static final String SANDBOX_KEYSTORE = "sandbox-keystore";

	static final String EXPIRING_KEYSTORE = "expiring-keystore";

	static final String PARTNERS_TRUSTSTORE = "partners-truststore";

	static final String WEAK_SHA1_TRUSTSTORE = "weak-sha1-truststore";

	static final String WEAK_RSA1024_TRUSTSTORE = "weak-rsa1024-truststore";

	static final int EXPIRING_IN_DAYS = 12;

	private static final String SANDBOX = "vhost-portal sandbox";

	private static final String PARTNER = "Example Partner Ltd";

	private final Instant start;

	private SandboxSeedStores(Instant now) {
		this.start = now.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * Issues the seed certificates, valid relative to the given instant.
	 * @param now the instant the validity periods are counted from
	 * @return the stores
	 */
	static List<SandboxCertificateStore> create(Instant now) {
		return new SandboxSeedStores(now).create();
	}

	private List<SandboxCertificateStore> create() {
		// RSA key generation takes most of the time; the keys are generated side by side.
		CompletableFuture<KeyPair> caKeys = rsaKeyPairLater(2048);
		CompletableFuture<KeyPair> partnerKeys = rsaKeyPairLater(2048);
		CompletableFuture<KeyPair> weakKeys = rsaKeyPairLater(1024);
		KeyPair serverKeys = SandboxCertificateAuthority.rsaKeyPair(2048);
		Template caTemplate = new Template("vhost-portal Sandbox Root CA", caKeys.join(), Usage.CA)
			.organization(SANDBOX)
			.email("pki@sandbox.example.test")
			.validity(daysAgo(30), daysAhead(3650));
		Issued ca = SandboxCertificateAuthority.selfSigned(caTemplate);
		return List.of(sandboxKeystore(ca, serverKeys), expiringKeystore(ca, serverKeys),
				partnersTruststore(partnerKeys.join()), weakSha1Truststore(serverKeys),
				weakRsa1024Truststore(weakKeys.join()));
	}

	private SandboxCertificateStore sandboxKeystore(Issued ca, KeyPair serverKeys) {
		Template apis = server("apis.example.com", serverKeys);
		apis.dnsNames("apis.example.com", "*.example.com").validity(daysAgo(1), daysAhead(397));
		Template legacy = server("legacy.example.com", serverKeys);
		legacy.validity(daysAgo(200), daysAhead(197));
		Entry apisEntry = entry("apis", SandboxCertificateAuthority.issue(apis, ca));
		Entry legacyEntry = entry("legacy", SandboxCertificateAuthority.issue(legacy, ca));
		return keystore(SANDBOX_KEYSTORE, apisEntry, legacyEntry);
	}

	private SandboxCertificateStore expiringKeystore(Issued ca, KeyPair serverKeys) {
		Template expiring = server("expiring.example.com", serverKeys);
		expiring.validity(daysAgo(385), daysAhead(EXPIRING_IN_DAYS));
		Issued issued = SandboxCertificateAuthority.issue(expiring, ca);
		return keystore(EXPIRING_KEYSTORE, entry("expiring", issued));
	}

	private SandboxCertificateStore partnersTruststore(KeyPair rootKeys) {
		Template rootCa = partnerCa("Example Partner Root CA", rootKeys, 3650);
		Issued root = SandboxCertificateAuthority.selfSigned(rootCa);
		KeyPair issuingKeys = SandboxCertificateAuthority.ecKeyPair();
		Template issuingCa = partnerCa("Example Partner Issuing CA", issuingKeys, 1825);
		Issued issuing = SandboxCertificateAuthority.issue(issuingCa, root);
		KeyPair clientKeys = SandboxCertificateAuthority.ecKeyPair();
		Template client = new Template("orders-client.partner.example", clientKeys, Usage.CLIENT);
		client.organization(PARTNER).email("integration@partner.example");
		client.validity(daysAgo(1), daysAhead(365));
		Entry rootEntry = entry("partner-root-ca", root);
		Entry issuingEntry = entry("partner-issuing-ca", issuing);
		Issued clientCertificate = SandboxCertificateAuthority.issue(client, issuing);
		Entry clientEntry = entry("partner-client", clientCertificate);
		return truststore(PARTNERS_TRUSTSTORE, rootEntry, issuingEntry, clientEntry);
	}

	private SandboxCertificateStore weakSha1Truststore(KeyPair keys) {
		Template sha1 = partnerCa("Legacy SHA-1 Partner CA", keys, 1825);
		sha1.signatureAlgorithm("SHA1withRSA");
		Issued issued = SandboxCertificateAuthority.selfSigned(sha1);
		return truststore(WEAK_SHA1_TRUSTSTORE, entry("sha1-partner-ca", issued));
	}

	private SandboxCertificateStore weakRsa1024Truststore(KeyPair rsa1024Keys) {
		Template rsa1024 = partnerCa("Legacy RSA-1024 Partner CA", rsa1024Keys, 1825);
		Issued issued = SandboxCertificateAuthority.selfSigned(rsa1024);
		return truststore(WEAK_RSA1024_TRUSTSTORE, entry("rsa1024-partner-ca", issued));
	}

	private static Template server(String host, KeyPair keys) {
		return new Template(host, keys, Usage.SERVER).organization(SANDBOX).dnsNames(host);
	}

	private Template partnerCa(String name, KeyPair keys, int validForDays) {
		Template template = new Template(name, keys, Usage.CA).organization(PARTNER);
		return template.validity(daysAgo(30), daysAhead(validForDays));
	}

	private static CompletableFuture<KeyPair> rsaKeyPairLater(int bits) {
		return CompletableFuture.supplyAsync(() -> SandboxCertificateAuthority.rsaKeyPair(bits));
	}

	private static SandboxCertificateStore keystore(String name, Entry... entries) {
		return new SandboxCertificateStore(name, SandboxStoreType.KEYSTORE, List.of(entries));
	}

	private static SandboxCertificateStore truststore(String name, Entry... entries) {
		return new SandboxCertificateStore(name, SandboxStoreType.TRUSTSTORE, List.of(entries));
	}

	private static Entry entry(String alias, Issued issued) {
		return new Entry(alias, issued.certificate());
	}

	private Instant daysAgo(int days) {
		return this.start.minus(Duration.ofDays(days));
	}

	private Instant daysAhead(int days) {
		return this.start.plus(Duration.ofDays(days));
	}

}
