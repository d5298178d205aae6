package com.vhostportal.sandbox;

/**
 * The role a sandbox client holds, with what SAP lets that role do.
 */
enum SandboxRole {

	/**
	 * The self-service role: writes virtual hosts and reads only the virtual host list.
	 */
	SELF_SERVICE_ADMINISTRATOR("APIManagement.SelfService.Administrator"),

	/**
	 * The API portal administrator: reads and writes portal entities, no virtual hosts.
	 */
	PORTAL_ADMINISTRATOR("APIPortal.Administrator");

	private final String roleName;

	SandboxRole(String roleName) {
		this.roleName = roleName;
	}

	String roleName() {
		return this.roleName;
	}

	boolean mayRead(String entitySet) {
		if (this == PORTAL_ADMINISTRATOR) {
			return true;
		}
		return SandboxManagementController.VIRTUAL_HOSTS.equals(entitySet);
	}

	boolean mayWritePortalEntities() {
		return this == PORTAL_ADMINISTRATOR;
	}

	boolean mayRequestVirtualHosts() {
		return this == SELF_SERVICE_ADMINISTRATOR;
	}

}
