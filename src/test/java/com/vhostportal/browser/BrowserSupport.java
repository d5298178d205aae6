package com.vhostportal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

/**
 * Starts Debian's headless Chromium through its ChromeDriver. Without them the browser
 * tests are skipped, except under {@code CI=true}, where they fail instead.
 */
final class BrowserSupport {

	/** The time zone the browser runs in. */
	static final String VIEWER_ZONE = "Asia/Kolkata";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String MISSING = """
			Browser tests need Debian's chromium and chromium-driver (see .ci/run)""";

	private BrowserSupport() {
	}

	static Browser start() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(MISSING + "; CI=true never skips them");
			}
			Assumptions.abort(MISSING);
		}
		Path profile = Files.createTempDirectory("vhost-portal-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// The machine has no network beyond loopback: background services only produce
		// noise.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu");
		options.addArguments("--disable-dev-shm-usage", "--disable-quic", "--no-first-run");
		options.addArguments("--disable-background-networking", "--disable-component-update");
		options.addArguments("--disable-sync", "--window-size=1280,1600");
		options.addArguments("--user-data-dir=" + profile);
		// A zone far from the machine's UTC, so that pages showing times in the viewer's
		// zone can be told from pages showing UTC.
		ChromeDriverService.Builder builder = new ChromeDriverService.Builder();
		ChromeDriverService service = builder.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", VIEWER_ZONE))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser(driver, profile);
	}

	/**
	 * A running browser and its throw-away profile.
	 *
	 * @param driver the driver
	 * @param profile the profile folder, removed on close
	 */
	record Browser(WebDriver driver, Path profile) implements AutoCloseable {

		/**
		 * Keeps the page source and a screenshot under {@code target/browser-failures},
		 * so a failure in CI can be looked at.
		 */
		void keepEvidence(String name) {
			try {
				Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
				Files.writeString(folder.resolve(name + ".html"), this.driver.getPageSource());
				byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
				Files.write(folder.resolve(name + ".png"), png);
			}
			catch (IOException | RuntimeException ex) {
				// Evidence is a courtesy; the test's own failure is what matters.
			}
		}

		@Override
		public void close() throws IOException {
			try {
				this.driver.quit();
			}
			finally {
				FileSystemUtils.deleteRecursively(this.profile);
			}
		}

	}

}
