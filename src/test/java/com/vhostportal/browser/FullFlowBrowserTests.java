package com.vhostportal.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole slice in real Chromium, against the built-in sandbox over HTTP: sign in,
 * create a custom-domain host with mutual TLS through the pickers, find it in the
 * history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class FullFlowBrowserTests {

	// The sandbox tenant's URLs are built from server.port, so the port is chosen up
	// front.
	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static BrowserSupport.Browser browser;

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = BrowserSupport.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void createWhenCustomDomainWithMtlsThroughPickersThenSucceedsAndIsInHistory() {
		try {
			createCustomDomainWithMtls(browser.driver());
		}
		catch (RuntimeException | AssertionError ex) {
			browser.keepEvidence("create-custom-domain-mtls");
			throw ex;
		}
	}

	private void createCustomDomainWithMtls(WebDriver driver) {
		signIn(driver, "admin", "admin");

		driver.get(url("/virtual-hosts/new?tenant=sandbox"));
		driver.findElement(By.cssSelector("input[name=domainType][value=CUSTOM]")).click();
		driver.findElement(By.id("virtualHostUrl")).sendKeys("shop.example.com");
		new Select(driver.findElement(By.id("keyStore"))).selectByValue("sandbox-keystore");
		By apisAlias = By.cssSelector("#keyAlias option[value=apis]");
		waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(apisAlias));
		new Select(driver.findElement(By.id("keyAlias"))).selectByValue("apis");
		driver.findElement(By.id("clientAuth1")).click();
		new Select(driver.findElement(By.id("trustStore"))).selectByValue("partners-truststore");
		driver.findElement(By.cssSelector("button.primary")).click();

		String body = visible(driver, "request-body").getText();
		assertThat(body).contains("\"isForCustomDomain\":true")
			.contains("\"keyStoreName\":\"sandbox-keystore\"")
			.contains("\"keyStoreAlias\":\"apis\"")
			.contains("\"isClientAuthEnabled\":true")
			.contains("\"trustStore\":\"partners-truststore\"")
			.contains("\"operation\":\"CREATE\"");
		driver.findElement(By.id("send")).click();

		WebElement outcome = visible(driver, "outcome");
		assertThat(outcome.getAttribute("data-status")).isEqualTo("SUCCEEDED");
		assertThat(text(driver, "lb-host")).isNotBlank();

		driver.get(url("/history"));
		WebElement row = driver.findElement(By.xpath("//tr[td[text()='shop.example.com']]"));
		assertThat(row.getText()).contains("admin").contains("CREATE").contains("succeeded");
		row.findElement(By.tagName("a")).click();
		String recorded = visible(driver, "history-request").getText();
		assertThat(JSON.readTree(recorded)).isEqualTo(JSON.readTree(body));
		assertThat(text(driver, "history-response")).contains("\"allocationStatus\"");
		assertThat(text(driver, "record-created")).endsWith("+05:30");
		// ICU may name the zone by its older alias.
		assertThat(text(driver, "main")).containsPattern("\\(Asia/(Kolkata|Calcutta)\\)");
	}

	private static void signIn(WebDriver driver, String username, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit].primary")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/virtual-hosts"));
	}

	private static WebElement visible(WebDriver driver, String id) {
		return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
	}

	private static String text(WebDriver driver, String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	private static String url(String path) {
		return "http://localhost:" + PORT + path;
	}

}
