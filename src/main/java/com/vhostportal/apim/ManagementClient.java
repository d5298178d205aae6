package com.vhostportal.apim;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.vhostportal.tenant.KeyRole;
import com.vhostportal.tenant.Tenant;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Reads {@code Management.svc}: virtual hosts, certificate stores and their certificates,
 * certificate store references and API proxies, all with the tenant's read key (the write
 * key when there is none).
 */
@Component
public class ManagementClient {

	private static final String SERVICE_PATH = "/apiportal/api/1.0/Management.svc/";

	private static final String PROXY_EXPANSION = "proxyEndPoints/virtualhosts,apiProducts";

	private static final String PROXIES = "APIProxies?$expand=" + PROXY_EXPANSION;

	private final ODataPages pages;

	private final ApimProperties properties;

	ManagementClient(ResilientReads reads, ApimProperties properties) {
		this.pages = new ODataPages(reads, properties.maxPages());
		this.properties = properties;
	}

	/**
	 * Lists the virtual hosts; the self-service key may read this list.
	 * @param tenant the tenant
	 * @return the virtual hosts
	 */
	public List<VirtualHost> virtualHosts(Tenant tenant) {
		return list(tenant, "VirtualHosts", ManagementClient::virtualHost);
	}

	/**
	 * Lists the certificate stores.
	 * @param tenant the tenant
	 * @return the stores
	 */
	public List<CertificateStore> certificateStores(Tenant tenant) {
		return list(tenant, "CertificateStores", this::certificateStore);
	}

	/**
	 * Lists the certificate stores with their certificates in one call
	 * ({@code $expand=certificates}). A store whose certificates come deferred, or with a
	 * next link of their own, is read with a call of its own.
	 * @param tenant the tenant
	 * @return the stores with their certificates
	 */
	public List<CertificateStoreContents> certificateStoresWithCertificates(Tenant tenant) {
		List<JsonNode> entries = entries(tenant, "CertificateStores?$expand=certificates");
		return entries.stream().map((node) -> storeContents(tenant, node)).toList();
	}

	/**
	 * Lists the certificates of one store.
	 * @param tenant the tenant
	 * @param storeName the store name
	 * @return the certificates
	 */
	public List<StoreCertificate> certificates(Tenant tenant, String storeName) {
		return list(tenant, "CertificateStores(" + quotedKey(storeName) + ")/certificates",
				ManagementClient::certificate);
	}

	/**
	 * Lists the certificate store references.
	 * @param tenant the tenant
	 * @return the references
	 */
	public List<CertificateStoreReference> certificateStoreReferences(Tenant tenant) {
		return list(tenant, "CertificateStoreReferences", this::reference);
	}

	/**
	 * Lists the API proxies with the virtual hosts of their end points and their
	 * products.
	 * @param tenant the tenant
	 * @return the proxies
	 */
	public List<ApiProxy> apiProxies(Tenant tenant) {
		return list(tenant, PROXIES, ManagementClient::apiProxy);
	}

	private <T> List<T> list(Tenant tenant, String resource, Function<JsonNode, T> mapper) {
		return entries(tenant, resource).stream().map(mapper).toList();
	}

	private List<JsonNode> entries(Tenant tenant, String resource) {
		URI serviceRoot = URI.create(tenant.key(KeyRole.READ).url() + SERVICE_PATH);
		TenantKey key = TenantKey.of(tenant, KeyRole.READ);
		return this.pages.readAll(key, serviceRoot, serviceRoot.resolve(resource));
	}

	private CertificateStoreContents storeContents(Tenant tenant, JsonNode node) {
		CertificateStore store = certificateStore(node);
		JsonNode inline = node.path("certificates");
		boolean complete = inline.isArray()
				|| (inline.path("results").isArray() && inline.path("__next").isMissingNode());
		if (!complete) {
			return new CertificateStoreContents(store, certificates(tenant, store.name()));
		}
		return new CertificateStoreContents(store, listedCertificates(node));
	}

	private static List<StoreCertificate> listedCertificates(JsonNode node) {
		List<JsonNode> listed = ODataJson.collection(node, "certificates");
		return listed.stream().map(ManagementClient::certificate).toList();
	}

	// An OData string key: single quotes doubled, then encoded as a path segment.
	private static String quotedKey(String name) {
		String quoted = "'" + name.replace("'", "''") + "'";
		return UriUtils.encodePathSegment(quoted, StandardCharsets.UTF_8);
	}

	private static VirtualHost virtualHost(JsonNode node) {
		// @formatter:off
		return new VirtualHost(
				ODataJson.text(node, "id"),
				ODataJson.text(node, "name"),
				ODataJson.text(node, "virtual_host"),
				ODataJson.integer(node, "virtual_port"),
				ODataJson.flag(node, "isDefault"),
				ODataJson.flag(node, "isSSL"),
				ODataJson.flag(node, "isForCustomDomain"),
				ODataJson.flag(node, "isClientAuthEnabled"),
				ODataJson.text(node, "keyStoreName"),
				ODataJson.text(node, "keyStoreAlias"),
				ODataJson.text(node, "trustStore"),
				changedAt(node.path("life_cycle")));
		// @formatter:on
	}

	private static Instant changedAt(JsonNode lifeCycle) {
		Instant changed = ODataDates.parse(ODataJson.text(lifeCycle, "changed_at"));
		if (changed != null) {
			return changed;
		}
		return ODataDates.parse(ODataJson.text(lifeCycle, "created_at"));
	}

	private CertificateStore certificateStore(JsonNode node) {
		String name = ODataJson.text(node, "name");
		String storeType = ODataJson.text(node, "storeType");
		return new CertificateStore(name, storeType, this.properties.storeKind(storeType));
	}

	private static StoreCertificate certificate(JsonNode node) {
		// @formatter:off
		return new StoreCertificate(
				ODataJson.text(node, "name"),
				ODataJson.text(node, "storeName"),
				ODataJson.text(node, "expiryDate"),
				ODataJson.text(node, "validFrom"),
				ODataJson.text(node, "signAlgName"),
				ODataJson.text(node, "isValid"),
				ODataJson.text(node, "content"));
		// @formatter:on
	}

	private CertificateStoreReference reference(JsonNode node) {
		String name = ODataJson.text(node, "name");
		String storeName = ODataJson.text(node, "certificateStoreName");
		String storeType = ODataJson.text(node, "storeType");
		StoreKind kind = this.properties.storeKind(storeType);
		return new CertificateStoreReference(name, storeName, storeType, kind);
	}

	private static ApiProxy apiProxy(JsonNode node) {
		List<String> virtualHostIds = ODataJson.collection(node, "proxyEndPoints")
			.stream()
			.flatMap((endPoint) -> ODataJson.collection(endPoint, "virtualhosts").stream())
			.map((virtualHost) -> ODataJson.text(virtualHost, "id"))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<String> productNames = ODataJson.collection(node, "apiProducts")
			.stream()
			.map((product) -> ODataJson.text(product, "name"))
			.filter(Objects::nonNull)
			.toList();
		return new ApiProxy(ODataJson.text(node, "name"), virtualHostIds, productNames);
	}

}
