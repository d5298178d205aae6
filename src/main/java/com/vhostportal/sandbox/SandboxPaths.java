package com.vhostportal.sandbox;

/**
 * Where the sandbox serves SAP's endpoints; everything sits under {@link #BASE}, the URL
 * a sandbox service key carries.
 */
final class SandboxPaths {

	/** The API portal base URL of the sandbox, relative to the application. */
	static final String BASE = "/sandbox/apim";

	/** The OAuth2 token endpoint. */
	static final String TOKEN = BASE + "/oauth/token";

	/** The virtual host request endpoint of {@code Configuration.svc}. */
	static final String VIRTUAL_HOST_REQUESTS = BASE
			+ "/apiportal/operations/1.0/Configuration.svc/VirtualHostRequests";

	/** The read service, {@code Management.svc}. */
	static final String MANAGEMENT = BASE + "/apiportal/api/1.0/Management.svc";

	private SandboxPaths() {
	}

}
