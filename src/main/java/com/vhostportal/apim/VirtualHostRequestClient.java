package com.vhostportal.apim;

import java.net.URI;

import com.vhostportal.tenant.KeyRole;
import com.vhostportal.tenant.Tenant;

import org.springframework.stereotype.Component;

/**
 * Sends virtual host requests to {@code Configuration.svc/VirtualHostRequests} with the
 * tenant's write key. Requests are sent once and never retried: after a timeout the
 * virtual host list tells whether the change was made.
 */
@Component
public class VirtualHostRequestClient {

	private static final String SERVICE = "/apiportal/operations/1.0/Configuration.svc";

	private static final String PATH = SERVICE + "/VirtualHostRequests";

	private final ApimCalls calls;

	VirtualHostRequestClient(ApimCalls calls) {
		this.calls = calls;
	}

	/**
	 * Returns the URL requests are posted to.
	 * @param tenant the tenant
	 * @return the full URL of {@code VirtualHostRequests}
	 */
	public String endpoint(Tenant tenant) {
		return tenant.key(KeyRole.WRITE).url() + PATH;
	}

	/**
	 * Writes a request as the JSON body that {@link #send} posts, in the tenant's field
	 * layout.
	 * @param request the request
	 * @param tenant the tenant
	 * @return the body
	 */
	public String json(VirtualHostRequest request, Tenant tenant) {
		return ODataJson.write(request.body(tenant.fieldLayout()));
	}

	/**
	 * Posts a request body as it is.
	 * @param tenant the tenant
	 * @param json the body, as {@link #json} wrote it
	 * @param correlationId the correlation id to send and log; a fresh one when blank
	 * @return the accepted request
	 * @throws ApimErrorException when API Management refuses the request
	 * @throws ApimUnavailableException when no answer came
	 * @throws ApimTokenException when no token could be had
	 */
	public VirtualHostAnswer send(Tenant tenant, String json, String correlationId) {
		TenantKey key = TenantKey.of(tenant, KeyRole.WRITE);
		URI uri = URI.create(endpoint(tenant));
		ApimResponse response = this.calls.post(key, uri, json, correlationId);
		return VirtualHostAnswers.read(response);
	}

}
