package com.vhostportal.vhost;

import com.vhostportal.apim.ApimException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shows a page that explains why API Management could not be read, when a page cannot be
 * built without it (the update and delete forms need the host's current settings, a
 * certificate store page needs the store).
 */
// @formatter:off
@ControllerAdvice(
		assignableTypes = {
			VirtualHostFormController.class,
			DeleteController.class,
			ReviewController.class },
		basePackages = "com.vhostportal.certificate")
// @formatter:on
class UpstreamUnavailableAdvice {

	private static final Logger logger = LoggerFactory.getLogger(UpstreamUnavailableAdvice.class);

	@ExceptionHandler(ApimException.class)
	@ResponseStatus(HttpStatus.BAD_GATEWAY)
	String upstreamUnavailable(ApimException ex, Model model) {
		logger.warn("A page needed API Management, which failed: {}", ex.getMessage());
		model.addAttribute("message", ex.getMessage());
		return "virtual-hosts/unavailable";
	}

}
