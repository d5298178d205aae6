package com.vhostportal.vhost;

import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.ServiceKey;
import com.vhostportal.tenant.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualHostFormValidatorTests {

	private static final ServiceKey KEY = new ServiceKey("https://apim.example.com",
			"https://acme.authentication.eu10.hana.ondemand.com/oauth/token", "client", "secret");

	private final VirtualHostFormValidator validator = new VirtualHostFormValidator();

	@Test
	void validateWhenDefaultDomainAliasIsFineThenNoErrors() {
		VirtualHostForm form = form(DomainType.DEFAULT, "prod-apis");

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void validateWhenAliasLongerThan63ThenAliasTooLong() {
		VirtualHostForm form = form(DomainType.DEFAULT, "a".repeat(64));

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(code(errors, "virtualHostUrl")).isEqualTo("vhost.alias.tooLong");
	}

	@Test
	void validateWhenAliasHasDotThenAliasInvalid() {
		VirtualHostForm form = form(DomainType.DEFAULT, "apis.example.com");

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(code(errors, "virtualHostUrl")).isEqualTo("vhost.alias.invalid");
	}

	@Test
	void validateWhenCustomDomainWithoutKeyStoreThenKeyStoreAndAliasRequired() {
		VirtualHostForm form = form(DomainType.CUSTOM, "apis.example.com");

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(code(errors, "keyStore")).isEqualTo("vhost.keyStore.required");
		assertThat(code(errors, "keyAlias")).isEqualTo("vhost.keyAlias.required");
	}

	@Test
	void validateWhenLegacyLayoutCustomDomainWithoutAliasThenNoAliasError() {
		VirtualHostForm form = form(DomainType.CUSTOM, "apis.example.com");
		form.setKeyStore("ref://server-keys");

		Errors errors = validate(form, FieldLayout.LEGACY_2025);

		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void validateWhenCustomDomainIsAnAliasThenHostInvalid() {
		VirtualHostForm form = form(DomainType.CUSTOM, "apis");
		form.setKeyStore("keys");
		form.setKeyAlias("apis");

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(code(errors, "virtualHostUrl")).isEqualTo("vhost.host.invalid");
	}

	@Test
	void validateWhenMtlsWithoutTrustStoreThenTrustStoreRequired() {
		VirtualHostForm form = form(DomainType.DEFAULT, "prod-apis");
		form.setClientAuth(true);

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(code(errors, "trustStore")).isEqualTo("vhost.trustStore.required");
	}

	@Test
	void validateWhenMtlsTrustStoreIsEmptyReferenceThenStoreInvalid() {
		VirtualHostForm form = form(DomainType.DEFAULT, "prod-apis");
		form.setClientAuth(true);
		form.setTrustStore("ref://");

		Errors errors = validate(form, FieldLayout.CURRENT);

		assertThat(code(errors, "trustStore")).isEqualTo("vhost.store.invalid");
	}

	private Errors validate(VirtualHostForm form, FieldLayout layout) {
		Tenant tenant = new Tenant("acme", "ACME", "acme", layout, KEY, null, "platform");
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, tenant, errors);
		return errors;
	}

	private static String code(Errors errors, String field) {
		return errors.getFieldError(field).getCode();
	}

	private static VirtualHostForm form(DomainType type, String name) {
		VirtualHostForm form = new VirtualHostForm();
		form.setTenantId("acme");
		form.setDomainType(type);
		form.setVirtualHostUrl(name);
		return form;
	}

}
