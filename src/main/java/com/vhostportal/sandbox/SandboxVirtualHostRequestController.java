package com.vhostportal.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's {@code Configuration.svc/VirtualHostRequests}: one endpoint that creates,
 * updates and deletes virtual hosts, chosen by the body's {@code operation}.
 */
@RestController
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxVirtualHostRequestController {

	static final int ALLOCATED_PORT = 443;

	private final SandboxAccess access;

	private final SandboxVirtualHosts hosts;

	private final String accountId;

	private final JsonMapper jsonMapper;

	// @formatter:off
	SandboxVirtualHostRequestController(
			SandboxAccess access,
			SandboxVirtualHosts hosts,
			JsonMapper jsonMapper,
			SandboxProperties properties) {
	// @formatter:on
		this.access = access;
		this.hosts = hosts;
		this.accountId = properties.accountId();
		this.jsonMapper = jsonMapper;
	}

	// The body is read as text so that malformed JSON gets an OData error, as from SAP.
	@PostMapping(SandboxPaths.VIRTUAL_HOST_REQUESTS)
	// @formatter:off
	ResponseEntity<OData.Entity<Answer>> request(
			@RequestBody(required = false) String body,
			HttpServletRequest request) {
	// @formatter:on
		SandboxCaller caller = this.access.requireVirtualHostRequester(request);
		SandboxVirtualHostRequest parsed = SandboxVirtualHostRequest.read(this.jsonMapper, body);
		SandboxVirtualHostChange change = this.hosts.apply(parsed, caller.clientId());
		return ODataResponses.created(null, OData.entity(Answer.of(change, this.accountId)));
	}

	/**
	 * The {@code d} object of an accepted virtual host request.
	 *
	 * @param id the request id
	 * @param virtualHostId the virtual host id
	 * @param operation the operation applied
	 * @param allocationStatus {@code COMPLETE}; absent on delete, as in SAP's answers
	 * @param allocatedPort the port the host serves
	 * @param accountId the account id
	 * @param virtualHostUrl the alias or custom domain host
	 * @param isClientAuthEnabled whether mTLS is on
	 * @param isDefaultVirtualHostRequest whether the host is the default host
	 * @param isForCustomDomain whether the host is on a custom domain
	 * @param keyStoreName the keystore, or {@code null}
	 * @param keyStoreAlias the key alias, or {@code null}
	 * @param trustStore the truststore, or {@code null}
	 * @param lbHost the CNAME target of a custom domain, or {@code null}
	 * @param lifeCycle when and by whom the request was made
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	// @formatter:off
	record Answer(
			String id,
			String virtualHostId,
			String operation,
			@JsonInclude(JsonInclude.Include.NON_NULL) String allocationStatus,
			int allocatedPort,
			String accountId,
			String virtualHostUrl,
			boolean isClientAuthEnabled,
			boolean isDefaultVirtualHostRequest,
			boolean isForCustomDomain,
			String keyStoreName,
			String keyStoreAlias,
			String trustStore,
			String lbHost,
			@JsonProperty("life_cycle") OData.LifeCycle lifeCycle) {
	// @formatter:on

		static Answer of(SandboxVirtualHostChange change, String accountId) {
			SandboxHostSettings host = change.host().settings();
			boolean delete = change.operation() == SandboxOperation.DELETE;
			String allocationStatus = delete ? null : "COMPLETE";
			String lbHost = host.customDomain() ? SandboxHostNames.loadBalancer(accountId) : null;
			OData.LifeCycle lifeCycle = OData.LifeCycle.createdAt(change.at(), change.by());
			// @formatter:off
			return new Answer(
					change.requestId(),
					change.host().id(),
					change.operation().name(),
					allocationStatus,
					ALLOCATED_PORT,
					accountId,
					host.name(),
					host.clientAuth(),
					host.defaultHost(),
					host.customDomain(),
					host.keyStoreName(),
					host.keyStoreAlias(),
					host.trustStore(),
					lbHost,
					lifeCycle);
			// @formatter:on
		}

	}

}
