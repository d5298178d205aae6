package com.vhostportal;

import java.time.Clock;

import com.vhostportal.history.AuditVerifyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Self-service portal for the virtual hosts of SAP API Management tenants.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VhostPortalApplication {

	public static void main(String[] args) {
		if (AuditVerifyCommand.requested(args)) {
			System.exit(AuditVerifyCommand.run(args, System.out));
		}
		SpringApplication.run(VhostPortalApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
