package com.vhostportal.operations;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port the separate management server actually listens on, once it has started. Read
 * from the server rather than from {@code management.server.port}, which may be 0.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

	private static final String MANAGEMENT_NAMESPACE = "management";

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
			this.port = event.getWebServer().getPort();
		}
	}

	/**
	 * Returns whether a request arrived on the separate management port.
	 * @param localPort the port the request arrived on
	 * @return {@code true} only when a separate management server runs on that port
	 */
	boolean isManagementPort(int localPort) {
		return this.port > 0 && this.port == localPort;
	}

}
