package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the browser tests, at kiosk size (1280×800) with its own throw-away profile; a test
 * may lay pages out at another size ({@link #viewport}). Where Chromium or ChromeDriver is missing the calling test is
 * skipped with a loud notice.
 */
final class Chromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("mes.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("mes.test.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Chromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.profile = profile;
    }

    static Chromium open() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            System.err.println("""
                    ************************************************************************
                    * BROWSER TESTS SKIPPED: no %s or %s.
                    * Install Debian's chromium and chromium-driver to run them.
                    ************************************************************************""".formatted(CHROMIUM, CHROMEDRIVER));
            Assumptions.abort("no Chromium/ChromeDriver on this machine");
        }
        try {
            Path profile = Files.createTempDirectory("mes-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // the test servers' certificate is self-signed
                    "--ignore-certificate-errors",
                    "--window-size=1280,800", "--user-data-dir=" + profile);
            // the console is where Chromium reports what the Content-Security-Policy blocked
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Lays the open page and every page after it out in a viewport of {@code width} × {@code height} CSS pixels at one
     * device pixel per CSS pixel, as DevTools' device mode does (the window itself keeps its size).
     */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        wait.until(browser -> ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).intValue() == width);
    }

    WebDriverWait await() {
        return wait;
    }

    /**
     * Opens {@code url} as a browser without a session does: the MES sends it to the OpenID provider's own login form,
     * the demo user signs in there, and the provider sends the browser back to {@code url}.
     */
    void openSignedIn(String url, String demoUser) {
        driver.get(url);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username"))).sendKeys(demoUser);
        driver.findElement(By.name("j_password")).sendKeys(System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
        driver.findElement(By.name("submitButton")).click();
        wait.until(browser -> browser.getCurrentUrl().startsWith(url.substring(0, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'))));
    }

    void waitForAjax() {
        wait.until(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    /** Every console entry in which Chromium reports something the Content-Security-Policy refused. */
    void assertNoPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), violations, "CSP violations in the browser console");
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the console for policy violations, then quits and removes the profile. */
    @Override
    public void close() throws IOException {
        try {
            assertNoPolicyViolations();
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
