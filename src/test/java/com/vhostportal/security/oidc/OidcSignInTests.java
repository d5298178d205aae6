package com.vhostportal.security.oidc;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.vhostportal.VhostPortalApplication;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sign-in through a real OpenID Connect provider: the redirects, the mapping of
 * the groups claim to roles and teams, sign-out at the provider, and session expiry.
 */
class OidcSignInTests {

	private static final String AUTHORIZATION = "/oauth2/authorization/test";

	private static final String PORTAL_PROPERTIES = """
			server.port=%s
			server.servlet.session.timeout=2m
			portal.security.mode=oidc
			portal.security.group-mappings[0].group=apim-platform-ops
			portal.security.group-mappings[0].roles=OPERATOR
			portal.security.group-mappings[0].team=platform
			portal.security.group-mappings[1].group=apim-auditors
			portal.security.group-mappings[1].roles=AUDITOR
			portal.security.group-mappings[1].team=*
			spring.security.oauth2.client.registration.test.client-id=portal
			spring.security.oauth2.client.registration.test.client-secret=s3cret
			spring.security.oauth2.client.registration.test.client-name=Test provider
			spring.security.oauth2.client.registration.test.scope=openid,profile,email
			spring.security.oauth2.client.provider.test.issuer-uri=%s
			""";

	private static ConfigurableApplicationContext provider;

	private static ConfigurableApplicationContext portal;

	private static String portalUrl;

	private static String providerUrl;

	@BeforeAll
	static void startProviderAndPortal() throws IOException {
		int portalPort = freePort();
		portalUrl = "http://localhost:" + portalPort;
		provider = TestIdentityProvider.start(portalUrl);
		// 127.0.0.1 rather than localhost: cookies ignore ports, and the provider's
		// session
		// cookie must not overwrite the portal's.
		providerUrl = "http://127.0.0.1:" + webServer(provider).getPort();
		// Arguments rather than default properties: they must win over application.yml.
		portal = new SpringApplicationBuilder(VhostPortalApplication.class).profiles("test")
			.run(arguments(PORTAL_PROPERTIES.formatted(portalPort, providerUrl)));
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	void signInWhenOperatorOfPlatformThenRedirectedThroughProviderAndTenantsShown() {
		CookieBrowser browser = new CookieBrowser();

		CookieBrowser.Page page = signIn(browser, "ada");

		assertThat(page.url()).startsWith(portalUrl + "/virtual-hosts");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Sandbox (built-in)", "Signed in as ADA Example");
	}

	@Test
	void signInWhenAuditorGroupThenHistoryReadableAndFormsForbidden() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		signIn(browser, "audrey");

		assertThat(browser.open(portalUrl + "/history").status()).isEqualTo(200);
		assertThat(browser.open(portalUrl + "/virtual-hosts/new").status()).isEqualTo(403);
	}

	@Test
	void signInWhenNoGroupMappedThenSignedInWithoutAnyRole() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		signIn(browser, "eve");

		assertThat(browser.open(portalUrl + "/history").status()).isEqualTo(403);
		assertThat(browser.open(portalUrl + "/virtual-hosts").status()).isEqualTo(403);
	}

	@Test
	void signOutWhenSignedInThenProviderSessionEndedToo() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page page = signIn(browser, "ada");

		CookieBrowser.Page signedOut = browser.submit(page, "/logout", Map.of());

		assertThat(signedOut.url()).isEqualTo(portalUrl + "/login?logout");
		assertThat(signedOut.body()).contains("You have signed out.");
		assertThat(urlAfterOpening(browser, "/virtual-hosts")).isEqualTo(portalUrl + "/login");
		assertThat(urlAfterOpening(browser, AUTHORIZATION)).isEqualTo(providerUrl + "/login");
	}

	@Test
	void sessionWhenExpiredThenSignInAgain() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		signIn(browser, "ada");
		Session session = portalSessions().findSession(browser.cookie(portalUrl, "JSESSIONID"));
		assertThat(session.getMaxInactiveInterval()).isEqualTo(120);

		session.expire();

		assertThat(urlAfterOpening(browser, "/virtual-hosts")).isEqualTo(portalUrl + "/login");
	}

	private CookieBrowser.Page signIn(CookieBrowser browser, String name) {
		CookieBrowser.Page login = browser.open(portalUrl + "/virtual-hosts");
		assertThat(login.url()).isEqualTo(portalUrl + "/login");
		String link = "href=\"/oauth2/authorization/test\"";
		assertThat(login.body()).contains(link).contains("Sign in with Test provider");

		CookieBrowser.Page providerLogin = browser.open(portalUrl + AUTHORIZATION);
		assertThat(providerLogin.url()).isEqualTo(providerUrl + "/login");

		return browser.submit(providerLogin, "/login",
				Map.of("username", name, "password", TestIdentityProvider.PASSWORD));
	}

	private static String urlAfterOpening(CookieBrowser browser, String path) {
		return browser.open(portalUrl + path).url();
	}

	private static Manager portalSessions() {
		TomcatWebServer server = (TomcatWebServer) webServer(portal);
		return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
	}

	private static WebServer webServer(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer();
	}

	private static String[] arguments(String properties) {
		return properties.lines().map((property) -> "--" + property).toArray(String[]::new);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
