package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live floor in two browsers: the simulated bagger jams; a shift manager's open line dashboard shows the case
 * packer down; the operator at the line's kiosk explains the stop with the reason picker and raises a maintenance
 * andon, and the kiosk shows a call raised elsewhere; the dashboard shows each change without a reload (server push).
 * The plant overview then shows the line, and a line with a shift target shows its counts against it.
 */
class FloorLiveBrowserIT extends BrowserIntegrationTest {
    private static final String PIN = "2468";
    /** The bagger's "film jam in sealing jaws" (fault catalog: JAM, downtime category UNPLANNED). */
    private static final int JAM_BIT = 3;
    private static final String CASE_PACKER = "#equipment tr[data-equipment='P1-CASEPACKER']";

    @Test
    void aReasonAndAnAndonGivenAtTheKioskAppearOnTheSupervisorsOpenLineDashboard() throws Exception {
        long line = Floor.nodeId("LINE-P1");
        Floor.allDayShift(line);
        long otherLine = Floor.newLine()[1];
        long pattern = Floor.allDayShift(otherLine).getJsonNumber("id").longValue();
        assertEquals(201, Http.post("api/shifts/targets", Json.createObjectBuilder().add("patternId", pattern)
                .add("validFrom", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()).add("quantity", 500).build().toString()).status());

        try (Chromium supervisor = Chromium.open()) {
            WebDriver board = supervisor.driver();
            WebDriverWait patience = new WebDriverWait(board, Duration.ofSeconds(60));
            supervisor.openSignedIn(baseUrl() + "line-dashboard.xhtml?line=" + line, "shift-manager");
            patience.until(driver -> !text(driver, CASE_PACKER).isEmpty());
            patience.withMessage(() -> "the dashboard's push channel never opened").until(driver -> "open".equals(
                    ((JavascriptExecutor) driver).executeScript("return document.documentElement.getAttribute('data-mes-push-socket');")));
            ((JavascriptExecutor) board).executeScript("window.mesSamePage = true;");

            Floor.awaitProducing(Floor.nodeId("P1-CASEPACKER"));
            LineSimulator simulator = TestEnvironment.simulator();
            simulator.raiseBaggerFault(JAM_BIT);
            try {
                patience.withMessage(() -> "the dashboard's case packer row showed: " + text(board, CASE_PACKER))
                        .until(driver -> text(driver, CASE_PACKER).contains("DOWN") && text(driver, CASE_PACKER).contains("Film jam"));
                supervisor.screenshot("line-dashboard-jam");

                String suffix = PlantApi.suffix();
                String badge = "FL-" + suffix;
                KioskBrowser.enrol(browser, wait, "K-" + suffix, line);
                KioskBrowser.badge(badge, "Ada Lines", PIN);
                KioskBrowser.signIn(chromium, wait, badge, PIN);
                WebDriverWait kiosk = new WebDriverWait(browser, Duration.ofSeconds(60));
                kiosk.until(driver -> text(driver, "#unexplainedStop").contains("P1-CASEPACKER"));
                chromium.screenshot("kiosk-reason-picker");
                click(kiosk, "[data-reason='UNPLANNED-JAM']");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Stop explained: Jam"));

                // the kiosk signs an untouched operator out after 10 s on the test server: both steps first, then the dashboard
                click(kiosk, ".kiosk-andon-MAINTENANCE");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Andon maintenance raised"));
                // the kiosk hears pushes too (its own websocket): a call raised elsewhere shows without a reload
                kiosk.until(driver -> "open".equals(((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.getAttribute('data-mes-push-socket');")));
                ((JavascriptExecutor) browser).executeScript("window.mesSamePage = true;");
                int calls = Integer.parseInt(text(browser, "#openAndons"));
                AsCaller.expect(201, "operator", "POST", "api/andon/calls", Json.createObjectBuilder().add("lineId", line)
                        .add("kind", "QUALITY").add("description", "Seal looks weak").build().toString());
                kiosk.until(driver -> Integer.parseInt(text(driver, "#openAndons")) > calls);
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.mesSamePage === true;"),
                        "the kiosk was not reloaded");

                patience.until(driver -> text(driver, CASE_PACKER).contains("Jam"));
                patience.until(driver -> text(driver, "#andons").contains("MAINTENANCE"));
                supervisor.screenshot("line-dashboard-andon");
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) board).executeScript("return window.mesSamePage === true;"),
                        "the dashboard was not reloaded");
            } finally {
                simulator.clearBaggerFault(JAM_BIT);
            }

            board.get(baseUrl() + "plant-overview.xhtml");
            patience.until(driver -> text(driver, "#line-" + line).contains("MAINTENANCE"));
            patience.until(driver -> text(driver, "#line-" + otherLine).contains("/ 500"));
            supervisor.screenshot("plant-overview");
        }
    }

    /** Clicks what {@code css} finds; a push refresh may replace it between finding and clicking, so it tries again. */
    private void click(WebDriverWait patience, String css) {
        patience.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** The element's text, read in one script: a push refresh may replace the element between two WebDriver calls. */
    private static String text(WebDriver driver, String css) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "var element = document.querySelector(arguments[0]); return element === null ? '' : element.textContent.trim();", css);
        return (String) text;
    }
}
