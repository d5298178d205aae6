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

	SubmissionPreparer(VirtualHostRequestClient client, PreparedSubmissions prepared, JsonMapper json,
			CertificateChecks checks) {
		this.client = client;
		this.prepared = prepared;
		this.json = json;
		this.checks = checks;
	}

	PreparedSubmission create(Tenant tenant, VirtualHostForm form) {
		VirtualHostRequest request = toRequest(Operation.CREATE, tenant, form);
		return new PreparedSubmission(this.prepared.newToken(), tenant.id(), Operation.CREATE, form.getVirtualHostUrl(),
				null, this.client.endpoint(tenant), this.client.json(request, tenant), null, List.of(), form,
				check(tenant, form));
	}

	PreparedSubmission update(Tenant tenant, VirtualHost current, VirtualHostForm form) {
		VirtualHostRequest request = toRequest(Operation.UPDATE, tenant, form);
		return new PreparedSubmission(this.prepared.newToken(), tenant.id(), Operation.UPDATE, form.getVirtualHostUrl(),
				current.id(), this.client.endpoint(tenant), this.client.json(request, tenant), beforeState(current),
				changes(current, form), form, check(tenant, form));
	}

	PreparedSubmission delete(Tenant tenant, VirtualHost current) {
		VirtualHostRequest request = VirtualHostRequest.delete(current.id());
		return new PreparedSubmission(this.prepared.newToken(), tenant.id(), Operation.DELETE, current.name(),
				current.id(), this.client.endpoint(tenant), this.client.json(request, tenant), beforeState(current),
				List.of(), null, CertificateReport.NONE);
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
		StoresInUse stores = new StoresInUse(custom ? form.getKeyStore() : null,
				(custom && withAlias) ? form.getKeyAlias() : null, custom ? form.getVirtualHostUrl() : null,
				form.isClientAuth() ? form.getTrustStore() : null);
		return this.checks.check(tenant, stores);
	}

	private static VirtualHostRequest toRequest(Operation operation, Tenant tenant, VirtualHostForm form) {
		boolean custom = form.isCustomDomain();
		return new VirtualHostRequest(operation, tenant.accountId(), form.getVirtualHostId(), form.getVirtualHostUrl(),
				form.isDefaultHost(), custom, form.isClientAuth(), custom ? form.getKeyStore() : null,
				custom ? form.getKeyAlias() : null, form.isClientAuth() ? form.getTrustStore() : null);
	}

	private static List<FieldChange> changes(VirtualHost current, VirtualHostForm form) {
		VirtualHostForm before = formOf(null, current);
		boolean custom = form.isCustomDomain();
		return List.of(new FieldChange("vhost.virtualHostUrl", before.getVirtualHostUrl(), form.getVirtualHostUrl()),
				new FieldChange("vhost.defaultHost", yesNo(before.isDefaultHost()), yesNo(form.isDefaultHost())),
				new FieldChange("vhost.clientAuth", yesNo(before.isClientAuth()), yesNo(form.isClientAuth())),
				new FieldChange("vhost.keyStore", before.getKeyStore(), custom ? form.getKeyStore() : null),
				new FieldChange("vhost.keyAlias", before.getKeyAlias(), custom ? form.getKeyAlias() : null),
				new FieldChange("vhost.trustStore", before.getTrustStore(),
						form.isClientAuth() ? form.getTrustStore() : null));
	}

	private static String yesNo(boolean value) {
		return value ? "true" : "false";
	}

	private String beforeState(VirtualHost host) {
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(host);
	}

}
