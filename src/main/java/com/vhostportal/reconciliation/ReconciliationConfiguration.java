package com.vhostportal.reconciliation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Switches on scheduled work, which the reconciliation runs on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReconciliationConfiguration {

}
