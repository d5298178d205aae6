package com.vhostportal.vhost;

import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the rules of SAP's virtual host requests that depend on more than one field:
 * which fields each case needs, and the alias and host name rules.
 */
@Component
class VirtualHostFormValidator {

	void validate(VirtualHostForm form, Tenant tenant, Errors errors) {
		validateName(form, errors);
		if (form.isCustomDomain()) {
			validateKeyStore(form, tenant, errors);
		}
		if (form.isClientAuth()) {
			validateStore("trustStore", form.getTrustStore(), "vhost.trustStore.required", errors);
		}
	}

	private void validateName(VirtualHostForm form, Errors errors) {
		String name = form.getVirtualHostUrl();
		if (name == null || errors.hasFieldErrors("virtualHostUrl")) {
			return;
		}
		if (form.isCustomDomain() && !VirtualHostNames.isHostName(name)) {
			errors.rejectValue("virtualHostUrl", "vhost.host.invalid");
		}
		if (!form.isCustomDomain() && name.length() > 63) {
			errors.rejectValue("virtualHostUrl", "vhost.alias.tooLong");
		}
		else if (!form.isCustomDomain() && !VirtualHostNames.isAlias(name)) {
			errors.rejectValue("virtualHostUrl", "vhost.alias.invalid");
		}
	}

	private void validateKeyStore(VirtualHostForm form, Tenant tenant, Errors errors) {
		validateStore("keyStore", form.getKeyStore(), "vhost.keyStore.required", errors);
		if (tenant.fieldLayout() == FieldLayout.CURRENT && form.getKeyAlias() == null) {
			errors.rejectValue("keyAlias", "vhost.keyAlias.required");
		}
	}

	private void validateStore(String field, String value, String requiredCode, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (value == null) {
			errors.rejectValue(field, requiredCode);
		}
		else if (!VirtualHostNames.isStoreValue(value)) {
			errors.rejectValue(field, "vhost.store.invalid");
		}
	}

}
