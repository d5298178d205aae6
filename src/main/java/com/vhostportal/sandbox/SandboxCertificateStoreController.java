package com.vhostportal.sandbox;

import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vhostportal.sandbox.OData.Entity;
import com.vhostportal.sandbox.OData.Page;
import com.vhostportal.sandbox.SandboxCertificateStore.Entry;
import jakarta.servlet.http.HttpServletRequest;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's {@code Management.svc} certificate stores, their certificates and the
 * references to them.
 */
@RestController
@RequestMapping(SandboxPaths.MANAGEMENT)
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxCertificateStoreController {

	static final String CERTIFICATE_STORES = "CertificateStores";

	static final String REFERENCES = "CertificateStoreReferences";

	private static final String CERTIFICATES = "certificates";

	private static final String INVALID_BODY = "INVALID_REQUEST_BODY";

	private final SandboxAccess access;

	private final SandboxCertificateStores stores;

	private final JsonMapper jsonMapper;

	private final int pageSize;

	// @formatter:off
	SandboxCertificateStoreController(
			SandboxAccess access,
			SandboxCertificateStores stores,
			JsonMapper jsonMapper,
			SandboxProperties properties) {
	// @formatter:on
		this.access = access;
		this.stores = stores;
		this.jsonMapper = jsonMapper;
		this.pageSize = properties.pageSize();
	}

	@GetMapping("/" + CERTIFICATE_STORES)
	// @formatter:off
	ResponseEntity<Entity<Page<StoreView>>> stores(
			@RequestParam(name = "$expand", required = false) String expand,
			HttpServletRequest request) {
	// @formatter:on
		this.access.requireReader(request, CERTIFICATE_STORES);
		boolean expanded = ODataExpand.of(expand).includes(CERTIFICATES);
		String setUrl = ODataUrls.entitySet(request);
		Instant now = Instant.now();
		Stream<SandboxCertificateStore> all = this.stores.stores().stream();
		Stream<StoreView> views = expanded ? all.map((store) -> StoreView.expanded(store, now))
				: all.map((store) -> StoreView.deferred(store, setUrl));
		return ODataResponses.ok(ODataPages.page(views.toList(), this.pageSize, request));
	}

	@GetMapping("/" + CERTIFICATE_STORES + "('{name}')/" + CERTIFICATES)
	// @formatter:off
	ResponseEntity<Entity<Page<CertificateView>>> certificates(
			@PathVariable String name,
			HttpServletRequest request) {
	// @formatter:on
		this.access.requireReader(request, CERTIFICATE_STORES);
		Optional<SandboxCertificateStore> found = this.stores.store(name);
		SandboxCertificateStore store = found.orElseThrow(() -> storeNotFound(name));
		List<CertificateView> views = CertificateView.all(store, Instant.now());
		return ODataResponses.ok(ODataPages.page(views, this.pageSize, request));
	}

	@GetMapping("/" + REFERENCES)
	ResponseEntity<Entity<Page<ReferenceView>>> references(HttpServletRequest request) {
		this.access.requireReader(request, REFERENCES);
		List<SandboxCertificateStoreReference> references = this.stores.references();
		List<ReferenceView> views = references.stream().map(ReferenceView::of).toList();
		return ODataResponses.ok(ODataPages.page(views, this.pageSize, request));
	}

	@PostMapping("/" + REFERENCES)
	// @formatter:off
	ResponseEntity<Entity<ReferenceView>> createReference(
			@RequestBody(required = false) String body,
			HttpServletRequest request) {
	// @formatter:on
		this.access.requirePortalWriter(request, REFERENCES);
		JsonNode json = SandboxJsonBodies.object(this.jsonMapper, body, INVALID_BODY);
		String name = SandboxJsonBodies.text(json, "name", INVALID_BODY);
		String storeName = SandboxJsonBodies.text(json, "certificateStoreName", INVALID_BODY);
		SandboxCertificateStoreReference reference = this.stores.createReference(name, storeName);
		String setUrl = ODataUrls.entitySet(request);
		URI location = URI.create(ODataUrls.entity(setUrl, reference.name()));
		return ODataResponses.created(location, OData.entity(ReferenceView.of(reference)));
	}

	@PutMapping("/" + REFERENCES + "('{name}')")
	// @formatter:off
	ResponseEntity<Void> repointReference(
			@PathVariable String name,
			@RequestBody(required = false) String body,
			HttpServletRequest request) {
	// @formatter:on
		this.access.requirePortalWriter(request, REFERENCES);
		JsonNode json = SandboxJsonBodies.object(this.jsonMapper, body, INVALID_BODY);
		String storeName = SandboxJsonBodies.text(json, "certificateStoreName", INVALID_BODY);
		this.stores.repointReference(name, storeName);
		return ResponseEntity.noContent().build();
	}

	private static SandboxODataException storeNotFound(String name) {
		String message = "The certificate store '" + name + "' does not exist";
		String code = "CERTIFICATE_STORE_NOT_FOUND";
		return new SandboxODataException(HttpStatus.NOT_FOUND, code, message);
	}

	/**
	 * A certificate store.
	 *
	 * @param name the store name
	 * @param storeType {@code KEYSTORE} or {@code TRUSTSTORE}
	 * @param certificates its certificates, expanded or deferred
	 */
	record StoreView(String name, String storeType, Object certificates) {

		static StoreView expanded(SandboxCertificateStore store, Instant now) {
			List<CertificateView> all = CertificateView.all(store, now);
			OData.Results<CertificateView> certificates = OData.results(all);
			return new StoreView(store.name(), store.type().name(), certificates);
		}

		static StoreView deferred(SandboxCertificateStore store, String entitySetUrl) {
			String uri = ODataUrls.entity(entitySetUrl, store.name()) + "/" + CERTIFICATES;
			return new StoreView(store.name(), store.type().name(), OData.deferred(uri));
		}

	}

	/**
	 * A certificate in a store. The sandbox writes dates as OData V2 JSON dates and the
	 * validity flag as the string {@code "true"} or {@code "false"}; SAP documents
	 * neither format.
	 *
	 * @param name the alias
	 * @param storeName the store holding it
	 * @param expiryDate the end of validity
	 * @param validFrom the start of validity
	 * @param signAlgName the signature algorithm, such as {@code SHA256withRSA}
	 * @param isValid whether it is valid now
	 * @param version the X.509 version
	 * @param subjectEmail the e-mail address in the subject, or {@code null}
	 * @param issuerEmail the e-mail address in the issuer, or {@code null}
	 * @param content the certificate, DER encoded, as base64
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	// @formatter:off
	record CertificateView(
			String name,
			String storeName,
			String expiryDate,
			String validFrom,
			String signAlgName,
			String isValid,
			int version,
			String subjectEmail,
			String issuerEmail,
			String content) {
	// @formatter:on

		static List<CertificateView> all(SandboxCertificateStore store, Instant now) {
			return store.entries().stream().map((entry) -> of(store.name(), entry, now)).toList();
		}

		static CertificateView of(String storeName, Entry entry, Instant now) {
			X509Certificate certificate = entry.certificate();
			Instant notBefore = certificate.getNotBefore().toInstant();
			Instant notAfter = certificate.getNotAfter().toInstant();
			boolean valid = !now.isBefore(notBefore) && !now.isAfter(notAfter);
			// @formatter:off
			return new CertificateView(
					entry.alias(),
					storeName,
					OData.date(notAfter),
					OData.date(notBefore),
					certificate.getSigAlgName(),
					String.valueOf(valid),
					certificate.getVersion(),
					email(certificate.getSubjectX500Principal().getEncoded()),
					email(certificate.getIssuerX500Principal().getEncoded()),
					base64(certificate));
			// @formatter:on
		}

		private static String email(byte[] encodedName) {
			RDN[] emails = X500Name.getInstance(encodedName).getRDNs(BCStyle.EmailAddress);
			if (emails.length == 0) {
				return null;
			}
			return IETFUtils.valueToString(emails[0].getFirst().getValue());
		}

		private static String base64(X509Certificate certificate) {
			try {
				return Base64.getEncoder().encodeToString(certificate.getEncoded());
			}
			catch (CertificateEncodingException ex) {
				String subject = certificate.getSubjectX500Principal().getName();
				throw new IllegalStateException("Cannot encode the certificate " + subject, ex);
			}
		}

	}

	/**
	 * A certificate store reference.
	 *
	 * @param name the reference name
	 * @param certificateStoreName the store it points at
	 * @param storeType the type of that store
	 */
	record ReferenceView(String name, String certificateStoreName, String storeType) {

		static ReferenceView of(SandboxCertificateStoreReference reference) {
			String storeType = reference.storeType().name();
			return new ReferenceView(reference.name(), reference.storeName(), storeType);
		}

	}

}
