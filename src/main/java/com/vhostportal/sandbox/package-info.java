/**
 * A built-in stand-in for SAP API Management, served under {@code /sandbox/apim} when
 * {@code portal.sandbox.enabled} is {@code true}: an OAuth2 token endpoint, the virtual
 * host request endpoint of {@code Configuration.svc} and the reads of
 * {@code Management.svc}, backed by in-memory seed data with real X.509 certificates. It
 * lets someone without an SAP account try every flow of the portal.
 */
package com.vhostportal.sandbox;
