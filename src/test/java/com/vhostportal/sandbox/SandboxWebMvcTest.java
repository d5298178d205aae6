package com.vhostportal.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice with the sandbox's controllers and the beans behind them. Web security is
 * left out: the application's filter chain lets every sandbox request through, and the
 * controllers check the bearer tokens themselves, which is what these tests exercise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
		controllers = { SandboxTokenController.class, SandboxVirtualHostRequestController.class,
				SandboxManagementController.class, SandboxCertificateStoreController.class },
		properties = "portal.sandbox.enabled=true")
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(SandboxProperties.class)
// @formatter:off
@Import({
		SandboxClients.class,
		SandboxTokens.class,
		SandboxAccess.class,
		SandboxCertificateStores.class,
		SandboxApiProxies.class,
		SandboxVirtualHostValidator.class,
		SandboxVirtualHosts.class })
// @formatter:on
@interface SandboxWebMvcTest {

}
