package com.vhostportal.sandbox;

import java.util.List;

/**
 * An API proxy deployed on the sandbox tenant.
 *
 * @param name the proxy name
 * @param endPoints its proxy end points
 * @param productNames the products it belongs to
 */
record SandboxApiProxy(String name, List<EndPoint> endPoints, List<String> productNames) {

	SandboxApiProxy {
		endPoints = List.copyOf(endPoints);
		productNames = List.copyOf(productNames);
	}

	boolean uses(String virtualHostId) {
		return this.endPoints.stream().anyMatch((endPoint) -> endPoint.listensOn(virtualHostId));
	}

	/**
	 * A proxy end point and the virtual hosts it listens on.
	 *
	 * @param name the end point name
	 * @param virtualHostIds the ids of its virtual hosts
	 */
	record EndPoint(String name, List<String> virtualHostIds) {

		EndPoint {
			virtualHostIds = List.copyOf(virtualHostIds);
		}

		boolean listensOn(String virtualHostId) {
			return this.virtualHostIds.contains(virtualHostId);
		}

	}

}
