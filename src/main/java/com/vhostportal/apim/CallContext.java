package com.vhostportal.apim;

import org.slf4j.MDC;

/**
 * What the log lines of one call to API Management carry, passed down the reactive chain
 * in the Reactor context so that the token fetch it may trigger is logged alike.
 *
 * @param tenantId the tenant called
 * @param correlationId the correlation id sent with the call
 */
record CallContext(String tenantId, String correlationId) {

	/** The MDC key of the correlation id. */
	static final String MDC_KEY = "correlationId";

	static final CallContext NONE = new CallContext("-", "-");

	/**
	 * Runs a logging statement with the correlation id in the MDC, restoring what was
	 * there before.
	 * @param statement the statement
	 */
	void log(Runnable statement) {
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, this.correlationId);
		try {
			statement.run();
		}
		finally {
			if (previous != null) {
				MDC.put(MDC_KEY, previous);
			}
			else {
				MDC.remove(MDC_KEY);
			}
		}
	}

}
