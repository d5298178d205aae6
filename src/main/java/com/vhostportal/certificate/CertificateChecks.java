package com.vhostportal.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vhostportal.apim.ApimException;
import com.vhostportal.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks the stores a request uses before it is sent: the truststore of mutual TLS
 * against OpenSSL security level 2 and for whole chains, the keystore of a custom domain
 * for its alias, validity and names.
 */
@Component
public class CertificateChecks {

	private static final Logger logger = LoggerFactory.getLogger(CertificateChecks.class);

	private final CertificateInventory inventory;

	private final MessageSource messages;

	CertificateChecks(CertificateInventory inventory, MessageSource messages) {
		this.inventory = inventory;
		this.messages = messages;
	}

	/**
	 * Checks the stores of a request.
	 * @param tenant the tenant
	 * @param stores the stores the request uses
	 * @return the findings, failing ones first; a notice instead when the stores could
	 * not be read
	 */
	public CertificateReport check(Tenant tenant, StoresInUse stores) {
		if (!stores.any()) {
			return CertificateReport.NONE;
		}
		if (tenant.readKey() == null) {
			return new CertificateReport(true, List.of(), "certificate.check.noReadKey", null);
		}
		TenantCertificates certificates;
		try {
			certificates = this.inventory.of(tenant);
		}
		catch (ApimException ex) {
			return readFailed(tenant, ex);
		}

		FindingTexts texts = new FindingTexts(this.messages, LocaleContextHolder.getLocale());
		StoreCheck storeCheck = new StoreCheck(certificates, this.inventory.now(), texts);
		List<CertificateFinding> findings = new ArrayList<>();
		if (stores.keyStore() != null) {
			findings.addAll(storeCheck.keyStore(stores));
		}
		if (stores.trustStore() != null) {
			findings.addAll(storeCheck.trustStore(stores.trustStore()));
		}
		findings.sort(Comparator.comparing(CertificateFinding::severity));
		return new CertificateReport(true, findings, null, null);
	}

	private static CertificateReport readFailed(Tenant tenant, ApimException ex) {
		String id = tenant.id();
		String reason = ex.getMessage();
		logger.warn("Certificate stores of tenant {} could not be checked: {}", id, reason);
		return new CertificateReport(true, List.of(), "certificate.check.readFailed", reason);
	}

	private record StoreCheck(TenantCertificates certificates, Instant now, FindingTexts texts) {

		List<CertificateFinding> keyStore(StoresInUse stores) {
			String keyStore = stores.keyStore();
			Optional<StoreCertificates> store = this.certificates.resolve(keyStore);
			if (store.isEmpty()) {
				return List.of(notFound(keyStore));
			}
			String name = store.get().store().name();
			List<CertificateDetails> listed = store.get().certificates();
			String alias = stores.keyAlias();
			String host = stores.customHost();
			return KeystoreRules.check(name, listed, alias, host, this.now, this.texts);
		}

		List<CertificateFinding> trustStore(String trustStore) {
			Optional<StoreCertificates> store = this.certificates.resolve(trustStore);
			if (store.isEmpty()) {
				return List.of(notFound(trustStore));
			}
			String name = store.get().store().name();
			List<CertificateDetails> listed = store.get().certificates();
			return TruststoreRules.check(name, listed, this.now, this.texts);
		}

		private CertificateFinding notFound(String value) {
			return this.texts.storeError(FindingRule.STORE_NOT_FOUND, value);
		}

	}

}
