package com.vhostportal.security.oidc;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sign-in through a real OpenID Connect provider: the redirects, the mapping of
 * the groups claim to roles and teams, sign-out at the provider, and session expiry.
 */
class OidcSignInTests {

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
		providerUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) provider).getWebServer().getPort();
		String registration = "spring.security.oauth2.client.registration.test.";
		// Arguments rather than default properties: they must win over application.yml.
		portal = new SpringApplicationBuilder(VhostPortalApplication.class).profiles("test")
			.run(arguments("server.port=" + portalPort, "server.servlet.session.timeout=2m",
					"portal.security.mode=oidc", "portal.security.group-mappings[0].group=apim-platform-ops",
					"portal.security.group-mappings[0].roles=OPERATOR",
					"portal.security.group-mappings[0].team=platform",
					"portal.security.group-mappings[1].group=apim-auditors",
					"portal.security.group-mappings[1].roles=AUDITOR", "portal.security.group-mappings[1].team=*",
					registration + "client-id=portal", registration + "client-secret=s3cret",
					registration + "client-name=Test provider", registration + "scope=openid,profile,email",
					"spring.security.oauth2.client.provider.test.issuer-uri=" + providerUrl));
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
	void signInWhenOperatorOfPlatformThenRedirectedThroughProviderAndTenantsShown() throws Exception {
		CookieBrowser browser = new CookieBrowser();

		CookieBrowser.Page page = signIn(browser, "ada");

		assertThat(page.url()).startsWith(portalUrl + "/virtual-hosts");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Sandbox (built-in)").contains("Signed in as ADA Example");
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
		assertThat(browser.open(portalUrl + "/virtual-hosts").url()).isEqualTo(portalUrl + "/login");
		assertThat(browser.open(portalUrl + "/oauth2/authorization/test").url()).isEqualTo(providerUrl + "/login");
	}

	@Test
	void sessionWhenExpiredThenSignInAgain() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		signIn(browser, "ada");
		Session session = portalSessions().findSession(browser.cookie(portalUrl, "JSESSIONID"));
		assertThat(session.getMaxInactiveInterval()).isEqualTo(120);

		session.expire();

		assertThat(browser.open(portalUrl + "/virtual-hosts").url()).isEqualTo(portalUrl + "/login");
	}

	private CookieBrowser.Page signIn(CookieBrowser browser, String name) throws Exception {
		CookieBrowser.Page login = browser.open(portalUrl + "/virtual-hosts");
		assertThat(login.url()).isEqualTo(portalUrl + "/login");
		assertThat(login.body()).contains("href=\"/oauth2/authorization/test\"").contains("Sign in with Test provider");

		CookieBrowser.Page providerLogin = browser.open(portalUrl + "/oauth2/authorization/test");
		assertThat(providerLogin.url()).isEqualTo(providerUrl + "/login");

		return browser.submit(providerLogin, "/login",
				Map.of("username", name, "password", TestIdentityProvider.PASSWORD));
	}

	private static Manager portalSessions() {
		TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) portal).getWebServer();
		return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
	}

	private static String[] arguments(String... properties) {
		return Arrays.stream(properties).map((property) -> "--" + property).toArray(String[]::new);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
