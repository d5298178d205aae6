package com.vhostportal.vhost;

/**
 * Whether a virtual host lives on SAP's default domain or on the customer's own.
 */
public enum DomainType {

	/** An alias on SAP's default domain, such as {@code prod-apis}. */
	DEFAULT,

	/** A full host name on the customer's domain, such as {@code apis.example.com}. */
	CUSTOM

}
