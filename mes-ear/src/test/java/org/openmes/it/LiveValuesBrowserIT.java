package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The line dashboard in Chromium shows a machine's stop from the values the server pushes as it receives the scan, and
 * the shift's and the machines' counts as the line counts, and the hourly OEE trend's bars: the page's refreshes are cut
 * off (push.js's remote command replaced by one that asks the server nothing), so only live messages can change what it
 * shows.
 */
class LiveValuesBrowserIT extends BrowserIntegrationTest {
    private static final int BIT = 3;
    private static final String STATE = "#equipment tr[data-equipment='P1-CASEPACKER'] [data-mes-live-state]";

    @Test
    void aStopShowsFromThePushedValuesWithoutARequest() {
        long line = Floor.nodeId("LINE-P1");
        Floor.awaitProducing(Floor.nodeId("P1-CASEPACKER"));
        chromium.openSignedIn(baseUrl() + "line-dashboard.xhtml?line=" + line, "shift-manager");
        WebDriverWait patience = new WebDriverWait(browser, Duration.ofSeconds(60));
        patience.until(driver -> "open".equals(script("return document.documentElement.getAttribute('data-mes-push-socket');")));
        patience.until(driver -> "RUNNING".equals(text(STATE)));
        chromium.waitForAjax();
        script("window.mesRefreshesAsked = 0;"
                + " window.mesPushRefresh = function () { window.mesRefreshesAsked++; window.mesPush.refreshed(); };");

        LineSimulator simulator = TestEnvironment.simulator();
        simulator.raiseBaggerFault(BIT);
        try {
            patience.until(driver -> "DOWN".equals(text(STATE)));
            assertEquals("DOWN", text("#lineState"), "the line is as bad as its worst machine");
        } finally {
            simulator.clearBaggerFault(BIT);
        }
        patience.until(driver -> "RUNNING".equals(text(STATE)));
        // the stop's commit still announced the equipment's topic: the page asked to refresh, and the stub kept it local
        assertEquals(Boolean.TRUE, script("return window.mesRefreshesAsked > 0;"), "the topics after the commit still arrive");
    }

    @Test
    void countsShowFromThePushedFiguresAndTheRunningLineMakesThePageAskNothing() {
        long line = Floor.nodeId("LINE-P1");
        Floor.allDayShift(line);
        long casePacker = Floor.nodeId("P1-CASEPACKER");
        Floor.awaitProducing(casePacker);
        chromium.openSignedIn(baseUrl() + "line-dashboard.xhtml?line=" + line, "shift-manager");
        WebDriverWait patience = new WebDriverWait(browser, Duration.ofSeconds(60));
        patience.until(driver -> "open".equals(script("return document.documentElement.getAttribute('data-mes-push-socket');")));
        patience.until(driver -> !text("#shiftCounts").isEmpty());
        chromium.waitForAjax();
        script("window.mesRefreshesAsked = 0;"
                + " window.mesPushRefresh = function () { window.mesRefreshesAsked++; window.mesPush.refreshed(); };");

        String shift = text("#shiftCounts");
        String machine = text("[data-mes-live-figure='equipment-" + casePacker + ":good']");
        patience.withMessage(() -> "the shift's count stayed " + shift).until(driver -> !shift.equals(text("#shiftCounts")));
        patience.withMessage(() -> "the case packer's count stayed " + machine)
                .until(driver -> !machine.equals(text("[data-mes-live-figure='equipment-" + casePacker + ":good']")));
        // the line counted all along (several live messages): no topic made the page want a refresh
        assertEquals(0L, script("return window.mesRefreshesAsked;"), "refreshes the running line asked for");
    }

    @Test
    void theTrendsBarsArePushedToThePageWithoutARefresh() {
        long line = Floor.nodeId("LINE-P1");
        Floor.allDayShift(line);
        chromium.openSignedIn(baseUrl() + "line-dashboard.xhtml?line=" + line, "shift-manager");
        WebDriverWait patience = new WebDriverWait(browser, Duration.ofSeconds(60));
        patience.until(driver -> "open".equals(script("return document.documentElement.getAttribute('data-mes-push-socket');")));
        patience.until(driver -> bars() > 0);
        chromium.waitForAjax();
        script("window.mesRefreshesAsked = 0;"
                + " window.mesPushRefresh = function () { window.mesRefreshesAsked++; window.mesPush.refreshed(); };");
        String firstHour = text("#trend .floor-trend-bar small:last-child");
        // the page loses its bars; another page subscribing to the trend makes the next tick send them to every page
        script("document.getElementById('trend').replaceChildren();"
                + " window.mesOtherPage = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/push?topics=trend-" + line + "');");
        assertEquals(0L, bars());

        patience.withMessage(() -> "no bars pushed").until(driver -> bars() > 0);
        assertEquals(firstHour, text("#trend .floor-trend-bar small:last-child"), "the shift's first hour, as rendered");
        assertEquals(Boolean.TRUE, script("return /^([0-9.]+ %|\u2014)$/.test(document.querySelector('#trend .floor-trend-bar small').textContent);"),
                "each bar carries its OEE as the page writes it");
        assertEquals(0L, script("return window.mesRefreshesAsked;"), "refreshes asked for");
        script("window.mesOtherPage.close();");
    }

    private long bars() {
        return (Long) script("return document.querySelectorAll('#trend .floor-trend-bar').length;");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    /** The element's text, read in one script. */
    private String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var element = document.querySelector(arguments[0]); return element === null ? '' : element.textContent.trim();", css);
    }
}
