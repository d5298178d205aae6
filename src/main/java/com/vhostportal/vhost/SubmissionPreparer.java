package com.vhostportal.vhost;

import java.util.List;

import com.vhostportal.apim.Operation;
import com.vhostportal.apim.VirtualHost;
import com.vhostportal.apim.VirtualHostRequest;
import com.vhostportal.apim.VirtualHostRequestClient;
import com.vhostportal.certificate.CertificateChecks;
import com.vhostportal.certificate.CertificateReport;
import com.vhostportal.certificate.StoresInUse;
import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.Tenant;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns a validated form into the exact request that the review page shows and that is
 * later sent unchanged.
 */
@Component
class SubmissionPreparer {

	private final VirtualHostRequestClient client;

	private final PreparedSubmissions prepared;

	private final JsonMapper json;

	private final CertificateChecks checks;

	// @formatter:off
	SubmissionPreparer(
			VirtualHostRequestClient client,
			PreparedSubmissions prepared,
			JsonMapper json,
			CertificateChecks checks) {
	// @formatter:on
		this.client = client;
		this.prepared = prepared;
		this.json = json;
		this.checks = checks;
	}

	PreparedSubmission create(Tenant tenant, VirtualHostForm form) {
		// @formatter:off
		return new PreparedSubmission(
				this.prepared.newToken(),
				tenant.id(),
				Operation.CREATE,
				form.getVirtualHostUrl(),
				null,
				this.client.endpoint(tenant),
				requestJson(Operation.CREATE, tenant, form),
				null,
				List.of(),
				form,
				check(tenant, form));
		// @formatter:on
	}

	PreparedSubmission update(Tenant tenant, VirtualHost current, VirtualHostForm form) {
		// @formatter:off
		return new PreparedSubmission(
				this.prepared.newToken(),
				tenant.id(),
				Operation.UPDATE,
				form.getVirtualHostUrl(),
				current.id(),
				this.client.endpoint(tenant),
				requestJson(Operation.UPDATE, tenant, form),
				beforeState(current),
				changes(current, form),
				form,
				check(tenant, form));
		// @formatter:on
	}

	PreparedSubmission delete(Tenant tenant, VirtualHost current) {
		VirtualHostRequest request = VirtualHostRequest.delete(current.id());
		// @formatter:off
		return new PreparedSubmission(
				this.prepared.newToken(),
				tenant.id(),
				Operation.DELETE,
				current.name(),
				current.id(),
				this.client.endpoint(tenant),
				this.client.json(request, tenant),
				beforeState(current),
				List.of(),
				null,
				CertificateReport.NONE);
		// @formatter:on
	}

	/**
	 * Returns the form that shows a host's current settings.
	 */
	static VirtualHostForm formOf(Tenant tenant, VirtualHost host) {
		VirtualHostForm form = new VirtualHostForm();
		form.setTenantId((tenant != null) ? tenant.id() : null);
		form.setVirtualHostId(host.id());
		form.setDomainType(host.customDomain() ? DomainType.CUSTOM : DomainType.DEFAULT);
		form.setVirtualHostUrl(host.customDomain() ? host.host() : host.name());
		form.setDefaultHost(host.defaultHost());
		form.setClientAuth(host.clientAuth());
		form.setKeyStore(host.keyStoreName());
		form.setKeyAlias(host.keyStoreAlias());
		form.setTrustStore(host.trustStore());
		return form;
	}

	// The stores exactly as the request will name them: only those its case sends.
	private CertificateReport check(Tenant tenant, VirtualHostForm form) {
		boolean custom = form.isCustomDomain();
		boolean withAlias = tenant.fieldLayout() == FieldLayout.CURRENT;
		String keyStore = custom ? form.getKeyStore() : null;
		String keyAlias = (custom && withAlias) ? form.getKeyAlias() : null;
		String host = custom ? form.getVirtualHostUrl() : null;
		String trustStore = form.isClientAuth() ? form.getTrustStore() : null;
		StoresInUse stores = new StoresInUse(keyStore, keyAlias, host, trustStore);
		return this.checks.check(tenant, stores);
	}

	private String requestJson(Operation operation, Tenant tenant, VirtualHostForm form) {
		boolean custom = form.isCustomDomain();
		// @formatter:off
		VirtualHostRequest request = new VirtualHostRequest(
				operation,
				tenant.accountId(),
				form.getVirtualHostId(),
				form.getVirtualHostUrl(),
				form.isDefaultHost(),
				custom,
				form.isClientAuth(),
				custom ? form.getKeyStore() : null,
				custom ? form.getKeyAlias() : null,
				form.isClientAuth() ? form.getTrustStore() : null);
		// @formatter:on
		return this.client.json(request, tenant);
	}

	private static List<FieldChange> changes(VirtualHost current, VirtualHostForm form) {
		VirtualHostForm before = formOf(null, current);
		boolean custom = form.isCustomDomain();
		String keyStore = custom ? form.getKeyStore() : null;
		String keyAlias = custom ? form.getKeyAlias() : null;
		String trustStore = form.isClientAuth() ? form.getTrustStore() : null;
		String url = form.getVirtualHostUrl();
		return List.of(new FieldChange("vhost.virtualHostUrl", before.getVirtualHostUrl(), url),
				flag("vhost.defaultHost", before.isDefaultHost(), form.isDefaultHost()),
				flag("vhost.clientAuth", before.isClientAuth(), form.isClientAuth()),
				new FieldChange("vhost.keyStore", before.getKeyStore(), keyStore),
				new FieldChange("vhost.keyAlias", before.getKeyAlias(), keyAlias),
				new FieldChange("vhost.trustStore", before.getTrustStore(), trustStore));
	}

	private static FieldChange flag(String labelKey, boolean before, boolean after) {
		return new FieldChange(labelKey, yesNo(before), yesNo(after));
	}

	private static String yesNo(boolean value) {
		return value ? "true" : "false";
	}

	private String beforeState(VirtualHost host) {
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(host);
	}

}
