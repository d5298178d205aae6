package com.vhostportal.vhost;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or update a virtual host. A class rather than a record so
 * that the form can be shown again, refreshed, with the user's entries.
 */
public class VirtualHostForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@NotBlank(message = "{vhost.tenant.required}")
	private String tenantId;

	private String virtualHostId;

	@NotNull(message = "{vhost.domainType.required}")
	private DomainType domainType = DomainType.DEFAULT;

	@NotBlank(message = "{vhost.virtualHostUrl.required}")
	@Size(max = 253, message = "{vhost.virtualHostUrl.tooLong}")
	private String virtualHostUrl;

	private boolean defaultHost;

	private boolean clientAuth;

	@Size(max = 255, message = "{vhost.store.tooLong}")
	private String keyStore;

	@Size(max = 255, message = "{vhost.store.tooLong}")
	private String keyAlias;

	@Size(max = 255, message = "{vhost.store.tooLong}")
	private String trustStore;

	public String getTenantId() {
		return this.tenantId;
	}

	public void setTenantId(String tenantId) {
		this.tenantId = tenantId;
	}

	public String getVirtualHostId() {
		return this.virtualHostId;
	}

	public void setVirtualHostId(String virtualHostId) {
		this.virtualHostId = virtualHostId;
	}

	public DomainType getDomainType() {
		return this.domainType;
	}

	public void setDomainType(DomainType domainType) {
		this.domainType = domainType;
	}

	public String getVirtualHostUrl() {
		return this.virtualHostUrl;
	}

	public void setVirtualHostUrl(String virtualHostUrl) {
		this.virtualHostUrl = trim(virtualHostUrl);
	}

	public boolean isDefaultHost() {
		return this.defaultHost;
	}

	public void setDefaultHost(boolean defaultHost) {
		this.defaultHost = defaultHost;
	}

	public boolean isClientAuth() {
		return this.clientAuth;
	}

	public void setClientAuth(boolean clientAuth) {
		this.clientAuth = clientAuth;
	}

	public String getKeyStore() {
		return this.keyStore;
	}

	public void setKeyStore(String keyStore) {
		this.keyStore = trim(keyStore);
	}

	public String getKeyAlias() {
		return this.keyAlias;
	}

	public void setKeyAlias(String keyAlias) {
		this.keyAlias = trim(keyAlias);
	}

	public String getTrustStore() {
		return this.trustStore;
	}

	public void setTrustStore(String trustStore) {
		this.trustStore = trim(trustStore);
	}

	/**
	 * Returns whether the host is on a custom domain.
	 * @return {@code true} for a custom domain
	 */
	public boolean isCustomDomain() {
		return this.domainType == DomainType.CUSTOM;
	}

	private static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
