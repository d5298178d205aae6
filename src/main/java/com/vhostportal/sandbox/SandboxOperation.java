package com.vhostportal.sandbox;

/**
 * The {@code operation} of a virtual host request.
 */
enum SandboxOperation {

	CREATE, UPDATE, DELETE

}
