package com.vhostportal.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the operational endpoints answer. Health is open everywhere, since load balancers
 * and orchestrators probe it; info and Prometheus metrics are open only on a separate
 * management port, which is meant to be reachable from inside the cluster only, and
 * otherwise need a portal administrator.
 *
 * @param port the separate management port ({@code management.server.port}), or
 * {@code null} when the endpoints share the application's port
 */
@ConfigurationProperties("management.server")
public record ManagementProperties(Integer port) {

}
