package com.vhostportal.operations;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ManagementEndpointsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void healthWhenAnonymousThenUpWithProbes() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

	@Test
	void prometheusWhenAnonymousOnApplicationPortThenRefused() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
	}

	@Test
	void prometheusWhenOperatorThenForbidden() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(user("ada").roles("OPERATOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void prometheusWhenPortalAdminThenMetricsShown() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(user("root").roles("PORTAL_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void envWhenAdminThenNotExposed() throws Exception {
		this.mvc.perform(get("/actuator/env").with(user("root").roles("PORTAL_ADMIN")))
			.andExpect(status().is4xxClientError());
	}

}
