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
			logger.warn("Certificate stores of tenant {} could not be checked: {}", tenant.id(), ex.getMessage());
			return new CertificateReport(true, List.of(), "certificate.check.readFailed", ex.getMessage());
		}

		FindingTexts texts = new FindingTexts(this.messages, LocaleContextHolder.getLocale());
		Instant now = this.inventory.now();
		List<CertificateFinding> findings = new ArrayList<>();
		if (stores.keyStore() != null) {
			findings.addAll(checkKeyStore(certificates, stores, now, texts));
		}
		if (stores.trustStore() != null) {
			findings.addAll(checkTrustStore(certificates, stores.trustStore(), now, texts));
		}
		findings.sort(Comparator.comparing(CertificateFinding::severity));
		return new CertificateReport(true, findings, null, null);
	}

	private static List<CertificateFinding> checkKeyStore(TenantCertificates certificates, StoresInUse stores,
			Instant now, FindingTexts texts) {
		Optional<StoreCertificates> store = certificates.resolve(stores.keyStore());
		if (store.isEmpty()) {
			return List.of(notFound(stores.keyStore(), texts));
		}
		return KeystoreRules.check(store.get().store().name(), store.get().certificates(), stores.keyAlias(),
				stores.customHost(), now, texts);
	}

	private static List<CertificateFinding> checkTrustStore(TenantCertificates certificates, String trustStore,
			Instant now, FindingTexts texts) {
		Optional<StoreCertificates> store = certificates.resolve(trustStore);
		if (store.isEmpty()) {
			return List.of(notFound(trustStore, texts));
		}
		return TruststoreRules.check(store.get().store().name(), store.get().certificates(), now, texts);
	}

	private static CertificateFinding notFound(String value, FindingTexts texts) {
		return texts.finding(FindingRule.STORE_NOT_FOUND, FindingSeverity.ERROR, value, null, value);
	}

}
