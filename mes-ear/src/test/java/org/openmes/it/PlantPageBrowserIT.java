package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plant page in a real headless Chromium at kiosk size (1280×800): create a work center under an area,
 * see it in the tree, and see the duplicate-code refusal beside the code field; open a dialog and switch the theme.
 * Nothing of it may break the page's Content-Security-Policy.
 */
class PlantPageBrowserIT extends MesIntegrationTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("mes.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("mes.test.chromedriver", "/usr/bin/chromedriver"));

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            System.err.println("""
                    ************************************************************************
                    * BROWSER TESTS SKIPPED: no %s or %s.
                    * Install Debian's chromium and chromium-driver to run them.
                    ************************************************************************""".formatted(CHROMIUM, CHROMEDRIVER));
            Assumptions.abort("no Chromium/ChromeDriver on this machine");
        }
        profile = Files.createTempDirectory("mes-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // the test server's certificate is self-signed
                "--ignore-certificate-errors",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        // the console is where Chromium reports what the Content-Security-Policy blocked
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            if (browser != null) {
                assertNoPolicyViolations();
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    @Test
    void aWorkCenterCreatedOnThePlantPageAppearsInTheTreeAndADuplicateCodeIsShownAtTheField() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long enterprise = create("enterprises", null, "BT-" + suffix, "Browser test enterprise");
        long site = create("sites", enterprise, "SITE", "Browser test site");
        long area = create("areas", site, "AREA", "Browser test area");

        openSignedIn(baseUrl() + "plant.xhtml?node=" + area, Identities.ADMIN);
        waitForAjax();
        addWorkCenterUnderSelectedNode("WC-" + suffix, "Browser work center");

        String label = "WC-" + suffix + " \u2014 Browser work center";
        wait.until(ExpectedConditions.visibilityOfElementLocated(treeLabel(label)));
        screenshot("plant-page-work-center-created");

        browser.findElement(treeLabel("AREA \u2014 Browser test area")).click();
        waitForAjax();
        addWorkCenterUnderSelectedNode("wc-" + suffix.toLowerCase(), "Second work center, same code");

        WebElement codeMessage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeMessage")));
        assertTrue(codeMessage.getText().contains("already exists"), "message beside the code: " + codeMessage.getText());
        assertEquals(1, browser.findElements(treeLabel(label)).size(), "the duplicate was not added to the tree");
        screenshot("plant-page-duplicate-code");

        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertTrue(pageWidth <= viewport, "no horizontal scrolling at 1280 px: page " + pageWidth + " > " + viewport);

        // an inline handler (onclick) of the page's own markup, which the policy allows only through PrimeFaces' nonce
        browser.findElement(treeLabel(label)).click();
        waitForAjax();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deleteButton"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteConfirmDialog")));
        browser.findElement(By.id("deleteConfirmNo")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals(1, browser.findElements(treeLabel(label)).size(), "keeping the node in the dialog deleted nothing");
    }

    @Test
    void overHttpsTheThemeSwitchesAndTheSessionCookieIsSecure() {
        openSignedIn(httpsBaseUrl() + "plant.xhtml", Identities.ADMIN);
        waitForAjax();
        Cookie session = wait.until(driver -> {
            Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
            return cookie != null && cookie.isSecure() ? cookie : null;
        });
        assertTrue(session.isHttpOnly(), "scripts cannot read the session cookie");
        assertEquals("Lax", session.getSameSite());

        WebElement toggle = browser.findElement(By.id("topbarForm:themeToggle"));
        toggle.click();
        waitForAjax();
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).some(l => l.href.includes('vela-blue'));"));
        // the tree still reacts to clicks after the theme switch's AJAX update
        browser.findElement(treeLabel("ACME \u2014 Acme Manufacturing")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    }

    @Test
    void signingInAtTheProviderLandsOnTheRequestedPageWithTheUsersName() throws IOException {
        openSignedIn(baseUrl() + "plant.xhtml", "planner");
        assertTrue(browser.getCurrentUrl().startsWith(baseUrl() + "plant.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("signedInAs")).getText().contains("planner"),
                browser.findElement(By.id("signedInAs")).getText());
        screenshot("signed-in");
    }

    /**
     * Opens {@code url} as a browser without a session does: the MES sends it to the OpenID provider's own login form,
     * the demo user signs in there, and the provider sends the browser back to {@code url}.
     */
    private void openSignedIn(String url, String demoUser) {
        browser.get(url);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username"))).sendKeys(demoUser);
        browser.findElement(By.name("j_password")).sendKeys(System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
        browser.findElement(By.name("submitButton")).click();
        wait.until(driver -> driver.getCurrentUrl().startsWith(url.substring(0, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'))));
    }

    private void addWorkCenterUnderSelectedNode(String code, String name) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("childLevel")))).selectByValue("WORK_CENTER");
        browser.findElement(By.id("addChildButton")).click();
        waitForAjax();
        type("code", code);
        type("name", name);
        type("hoursPerDay", "16");
        type("efficiencyPercent", "85");
        type("maxConcurrentJobs", "2");
        type("averageSetupMinutes", "30");
        browser.findElement(By.id("saveButton")).click();
        waitForAjax();
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private static By treeLabel(String text) {
        return By.xpath("//span[contains(@class,'plant-node-label') and normalize-space()='" + text + "']");
    }

    private void waitForAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    /** Every console entry in which Chromium reports something the Content-Security-Policy refused. */
    private void assertNoPolicyViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), violations, "CSP violations in the browser console");
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static long create(String levels, Long parentId, String code, String name) {
        var body = Json.createObjectBuilder().add("code", code).add("name", name);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        Http.Response created = Http.post("api/plant/" + levels, body.build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
