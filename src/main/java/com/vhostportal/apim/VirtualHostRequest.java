package com.vhostportal.apim;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vhostportal.tenant.FieldLayout;

/**
 * A virtual host request as API Management receives it, before it is written as JSON.
 * Only the fields that belong to the case (default or custom domain, mTLS or not, create,
 * update or delete) end up in the body.
 *
 * @param operation create, update or delete
 * @param accountId the subaccount subdomain, lowercase
 * @param virtualHostId the host to update or delete; {@code null} on create
 * @param virtualHostUrl the alias (default domain) or full host name (custom domain)
 * @param defaultHost whether the host becomes the tenant's default host
 * @param customDomain whether the host is on a custom domain
 * @param clientAuth whether clients must present a certificate (mTLS)
 * @param keyStoreName keystore name or {@code ref://reference}, custom domain only
 * @param keyStoreAlias alias of the key pair inside the keystore, custom domain only
 * @param trustStore truststore name or {@code ref://reference}, mTLS only
 */
// @formatter:off
public record VirtualHostRequest(
		Operation operation,
		String accountId,
		String virtualHostId,
		String virtualHostUrl,
		boolean defaultHost,
		boolean customDomain,
		boolean clientAuth,
		String keyStoreName,
		String keyStoreAlias,
		String trustStore) {
// @formatter:on

	/**
	 * Creates the request that deletes a host: SAP takes nothing but its id.
	 * @param id the host to delete
	 * @return the request
	 */
	public static VirtualHostRequest delete(String id) {
		Operation op = Operation.DELETE;
		return new VirtualHostRequest(op, null, id, null, false, false, false, null, null, null);
	}

	/**
	 * Returns the request body, its fields in the order SAP's documentation lists them.
	 * @param layout the tenant's field layout
	 * @return the body, ready to be written as JSON
	 */
	public Map<String, Object> body(FieldLayout layout) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (this.operation == Operation.DELETE) {
			body.put("virtualHostId", this.virtualHostId);
			body.put("operation", this.operation.name());
			return body;
		}
		if (this.operation == Operation.UPDATE) {
			body.put("virtualHostId", this.virtualHostId);
		}
		body.put("accountId", this.accountId);
		body.put("virtualHostUrl", this.virtualHostUrl);
		body.put("isDefaultVirtualHostRequest", this.defaultHost);
		if (this.customDomain) {
			putKeyStore(body, layout);
		}
		if (this.clientAuth) {
			body.put("isClientAuthEnabled", true);
			body.put("trustStore", this.trustStore);
		}
		body.put("operation", this.operation.name());
		return body;
	}

	private void putKeyStore(Map<String, Object> body, FieldLayout layout) {
		if (layout == FieldLayout.LEGACY_2025) {
			body.put("keyStore", this.keyStoreName);
			return;
		}
		body.put("isForCustomDomain", true);
		body.put("keyStoreName", this.keyStoreName);
		body.put("keyStoreAlias", this.keyStoreAlias);
	}

}
