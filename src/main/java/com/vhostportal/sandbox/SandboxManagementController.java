package com.vhostportal.sandbox;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.vhostportal.sandbox.OData.Entity;
import com.vhostportal.sandbox.OData.Page;
import com.vhostportal.sandbox.SandboxApiProxy.EndPoint;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's {@code Management.svc} reads of virtual hosts and API proxies.
 */
@RestController
@RequestMapping(SandboxPaths.MANAGEMENT)
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxManagementController {

	static final String VIRTUAL_HOSTS = "VirtualHosts";

	static final String API_PROXIES = "APIProxies";

	private static final String PROXY_END_POINTS = "proxyEndPoints";

	private static final String END_POINT_VIRTUAL_HOSTS = "proxyEndPoints/virtualhosts";

	private static final String API_PRODUCTS = "apiProducts";

	private final SandboxAccess access;

	private final SandboxVirtualHosts hosts;

	private final SandboxApiProxies proxies;

	private final int pageSize;

	// @formatter:off
	SandboxManagementController(
			SandboxAccess access,
			SandboxVirtualHosts hosts,
			SandboxApiProxies proxies,
			SandboxProperties properties) {
	// @formatter:on
		this.access = access;
		this.hosts = hosts;
		this.proxies = proxies;
		this.pageSize = properties.pageSize();
	}

	@GetMapping("/" + VIRTUAL_HOSTS)
	ResponseEntity<Entity<Page<VirtualHostView>>> virtualHosts(HttpServletRequest request) {
		this.access.requireReader(request, VIRTUAL_HOSTS);
		List<VirtualHostView> views = this.hosts.all().stream().map(VirtualHostView::of).toList();
		return ODataResponses.ok(ODataPages.page(views, this.pageSize, request));
	}

	@GetMapping("/" + API_PROXIES)
	// @formatter:off
	ResponseEntity<Entity<Page<ApiProxyView>>> apiProxies(
			@RequestParam(name = "$expand", required = false) String expand,
			HttpServletRequest request) {
	// @formatter:on
		this.access.requireReader(request, API_PROXIES);
		ODataExpand expanded = ODataExpand.of(expand);
		String entitySetUrl = ODataUrls.entitySet(request);
		List<ApiProxyView> views = this.proxies.all()
			.stream()
			.map((proxy) -> view(proxy, expanded, ODataUrls.entity(entitySetUrl, proxy.name())))
			.toList();
		return ODataResponses.ok(ODataPages.page(views, this.pageSize, request));
	}

	// Navigation properties that were not asked for are deferred, as OData V2 servers do,
	// so a client that forgets $expand sees here what it would see on a real tenant.
	private ApiProxyView view(SandboxApiProxy proxy, ODataExpand expand, String proxyUrl) {
		String endPointsUrl = proxyUrl + "/" + PROXY_END_POINTS;
		Object endPoints = OData.deferred(endPointsUrl);
		if (expand.includes(PROXY_END_POINTS)) {
			List<EndPointView> views = proxy.endPoints()
				.stream()
				.map((endPoint) -> endPointView(endPoint, expand, endPointsUrl))
				.toList();
			endPoints = OData.results(views);
		}
		Object products = OData.deferred(proxyUrl + "/" + API_PRODUCTS);
		if (expand.includes(API_PRODUCTS)) {
			List<String> names = proxy.productNames();
			products = OData.results(names.stream().map(ApiProductView::new).toList());
		}
		return new ApiProxyView(proxy.name(), endPoints, products);
	}

	private EndPointView endPointView(EndPoint endPoint, ODataExpand expand, String url) {
		if (!expand.includes(END_POINT_VIRTUAL_HOSTS)) {
			String hostsUrl = ODataUrls.entity(url, endPoint.name()) + "/virtualhosts";
			return new EndPointView(endPoint.name(), OData.deferred(hostsUrl));
		}
		List<String> hostIds = endPoint.virtualHostIds();
		List<VirtualHostLinkView> links = hostIds.stream().map(this::link).toList();
		return new EndPointView(endPoint.name(), OData.results(links));
	}

	private VirtualHostLinkView link(String virtualHostId) {
		Optional<SandboxVirtualHost> host = this.hosts.find(virtualHostId);
		String name = host.map((found) -> found.settings().name()).orElse(null);
		return new VirtualHostLinkView(virtualHostId, name);
	}

	/**
	 * A virtual host as {@code Management.svc/VirtualHosts} lists it.
	 *
	 * @param id the id, used as {@code virtualHostId}
	 * @param name the alias or the custom domain host
	 * @param virtualHost the full host name
	 * @param virtualPort the port
	 * @param isDefault whether it is the default host
	 * @param isSSL whether it serves TLS; always, on API Management
	 * @param isForCustomDomain whether it is on a custom domain
	 * @param isClientAuthEnabled whether mTLS is on
	 * @param keyStoreName the keystore, or {@code null}
	 * @param keyStoreAlias the key alias, or {@code null}
	 * @param trustStore the truststore, or {@code null}
	 * @param lifeCycle when and by whom it was created and last changed
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	// @formatter:off
	record VirtualHostView(
			String id,
			String name,
			@JsonProperty("virtual_host") String virtualHost,
			@JsonProperty("virtual_port") int virtualPort,
			boolean isDefault,
			boolean isSSL,
			boolean isForCustomDomain,
			boolean isClientAuthEnabled,
			String keyStoreName,
			String keyStoreAlias,
			String trustStore,
			@JsonProperty("life_cycle") OData.LifeCycle lifeCycle) {
	// @formatter:on

		static VirtualHostView of(SandboxVirtualHost host) {
			SandboxHostSettings settings = host.settings();
			OData.LifeCycle lifeCycle = host.lifeCycle();
			// @formatter:off
			return new VirtualHostView(
					host.id(),
					settings.name(),
					settings.host(),
					SandboxVirtualHostRequestController.ALLOCATED_PORT,
					settings.defaultHost(),
					true,
					settings.customDomain(),
					settings.clientAuth(),
					settings.keyStoreName(),
					settings.keyStoreAlias(),
					settings.trustStore(),
					lifeCycle);
			// @formatter:on
		}

	}

	/**
	 * An API proxy.
	 *
	 * @param name the proxy name
	 * @param proxyEndPoints its end points, expanded or deferred
	 * @param apiProducts its products, expanded or deferred
	 */
	record ApiProxyView(String name, Object proxyEndPoints, Object apiProducts) {

	}

	/**
	 * A proxy end point.
	 *
	 * @param name the end point name
	 * @param virtualhosts its virtual hosts, expanded or deferred
	 */
	record EndPointView(String name, Object virtualhosts) {

	}

	/**
	 * A virtual host as an end point refers to it.
	 *
	 * @param id the virtual host id
	 * @param name the virtual host name
	 */
	record VirtualHostLinkView(String id, String name) {

	}

	/**
	 * A product an API proxy belongs to.
	 *
	 * @param name the product name
	 */
	record ApiProductView(String name) {

	}

}
