package com.vhostportal.apim;

import java.util.List;

import com.vhostportal.tenant.Tenant;

import org.springframework.stereotype.Component;

/**
 * Reads {@code Management.svc}.
 */
@Component
public class ManagementClient {

	public List<VirtualHost> virtualHosts(Tenant tenant) {
		throw new UnsupportedOperationException("being written");
	}

	public List<CertificateStore> certificateStores(Tenant tenant) {
		throw new UnsupportedOperationException("being written");
	}

	public List<StoreCertificate> certificates(Tenant tenant, String storeName) {
		throw new UnsupportedOperationException("being written");
	}

	public List<CertificateStoreReference> certificateStoreReferences(Tenant tenant) {
		throw new UnsupportedOperationException("being written");
	}

	public List<ApiProxy> apiProxies(Tenant tenant) {
		throw new UnsupportedOperationException("being written");
	}

}
