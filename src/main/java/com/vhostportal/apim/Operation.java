package com.vhostportal.apim;

/**
 * The operation of a virtual host request, sent as SAP's {@code operation} field.
 */
public enum Operation {

	CREATE, UPDATE, DELETE

}
