package com.vhostportal.apim;

import com.vhostportal.tenant.Tenant;

import org.springframework.stereotype.Component;

/**
 * Sends virtual host requests to {@code Configuration.svc/VirtualHostRequests}.
 */
@Component
public class VirtualHostRequestClient {

	public String endpoint(Tenant tenant) {
		return tenant.writeKey().url() + "/apiportal/operations/1.0/Configuration.svc/VirtualHostRequests";
	}

	public String json(VirtualHostRequest request, Tenant tenant) {
		throw new UnsupportedOperationException("being written");
	}

	public VirtualHostAnswer send(Tenant tenant, String json, String correlationId) {
		throw new UnsupportedOperationException("being written");
	}

}
