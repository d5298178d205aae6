package com.vhostportal.apim;

import java.util.List;

/**
 * An API proxy with the virtual hosts its end points use and the products it belongs to.
 *
 * @param name the proxy name
 * @param virtualHostIds ids of the virtual hosts of its end points
 * @param productNames names of the products it belongs to
 */
public record ApiProxy(String name, List<String> virtualHostIds, List<String> productNames) {

	/**
	 * Returns whether any end point of this proxy uses the given host.
	 * @param virtualHostId the host id
	 * @return {@code true} if it does
	 */
	public boolean uses(String virtualHostId) {
		return this.virtualHostIds.contains(virtualHostId);
	}

}
