package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The telemetry status page in Chromium: a fault the simulated bagger raises appears on the open page, explained by
 * the fault catalog, without a reload (server push over the Faces websocket), and the console stays clean.
 */
class TelemetryPageBrowserIT extends BrowserIntegrationTest {
    private static final String CASE_PACKER = "section[data-equipment='P1-CASEPACKER']";

    @Test
    void aFaultTheLineRaisesAppearsOnTheOpenPageWithoutAReload() {
        chromium.openSignedIn(baseUrl() + "telemetry.xhtml", "viewer");
        chromium.waitForAjax();
        WebDriverWait patience = new WebDriverWait(browser, Duration.ofSeconds(60));
        patience.until(driver -> !text(CASE_PACKER).isEmpty());
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.mesSamePage = true;");
        assertEquals(false, text(CASE_PACKER).contains("JAM"), "no jam before the test raises one");

        LineSimulator line = TestEnvironment.simulator();
        line.raiseBaggerFault(3);
        try {
            patience.until(driver -> text(CASE_PACKER).contains("JAM \u2014 Film jam in sealing jaws"));
            patience.until(driver -> "8".equals(text(CASE_PACKER + " tr[data-signal='FAULT_WORD'] .telemetry-value")));
            chromium.screenshot("telemetry-page-jam");
            assertEquals(Boolean.TRUE, page.executeScript("return window.mesSamePage === true;"), "the page was not reloaded");
        } finally {
            line.clearBaggerFault(3);
        }
        // the MES has no favicon yet: Chromium's own request for it is not the page's error
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage).filter(message -> !message.contains("/favicon.ico")).toList();
        assertEquals(List.of(), errors, "errors in the browser console");
    }

    /** The element's text, read in one script: a push refresh may replace the element between two WebDriver calls. */
    private String text(String css) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "var element = document.querySelector(arguments[0]); return element === null ? '' : element.textContent.trim();", css);
        return (String) text;
    }
}
