package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromium-driver: nothing here
 * downloads a browser. Where they are not installed the browser tests are skipped with
 * that reason, unless {@code NEWSGRAPH_REQUIRE_BROWSER=true} (as in CI, which installs
 * them) turns the skip into a failure.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final ChromeDriver driver;

	private final String origin;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, String origin, Path profile) {
		this.driver = driver;
		this.origin = origin;
		this.profile = profile;
	}

	static HeadlessChromium launch(String origin) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && Boolean.parseBoolean(System.getenv("NEWSGRAPH_REQUIRE_BROWSER"))) {
			fail("NEWSGRAPH_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		}
		assumeTrue(installed, "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
				+ CHROMEDRIVER + "); .ci/run installs them");
		Files.createDirectories(SCREENSHOTS);
		Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new HeadlessChromium(new ChromeDriver(service, options), origin, profile);
	}

	/** Loads the page afresh on one of its views and waits until it is drawn. */
	void open(String fragment) {
		driver.get("about:blank");
		driver.get(origin + "/" + fragment);
		awaitRenderAfter(0);
	}

	/** Does something that draws a new view, and waits until it is drawn. */
	void andWaitForTheNextView(Runnable action) {
		long before = rendered();
		action.run();
		awaitRenderAfter(before);
	}

	private void awaitRenderAfter(long before) {
		new WebDriverWait(driver, PATIENCE)
			.until(browser -> script("return window.newsgraph !== undefined && window.newsgraph.rendered > arguments[0]"
					+ " && document.body.dataset.state !== 'loading'", before));
	}

	private long rendered() {
		Object count = script("return window.newsgraph === undefined ? 0 : window.newsgraph.rendered");
		return ((Number) count).longValue();
	}

	void await(String condition, Object... arguments) {
		new WebDriverWait(driver, PATIENCE).until(browser -> Boolean.TRUE.equals(script(condition, arguments)));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	ChromeDriver driver() {
		return driver;
	}

	void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

	/** What the page wrote to the console at error level since the last call. */
	List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		// Deepest first, so that every folder is empty when its turn comes.
		try (Stream<Path> files = Files.walk(profile)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
