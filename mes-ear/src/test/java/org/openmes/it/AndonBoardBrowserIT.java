package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The andon board on a TV in Chromium, live by server push: a call raised on a line of the test's own appears on the
 * open board, shows who acknowledged it and leaves it when resolved, all without a reload; meanwhile the call's age
 * ticks in the browser while the board makes no request at all.
 */
class AndonBoardBrowserIT extends BrowserIntegrationTest {
    @Test
    void aCallAppearsIsAcknowledgedAndLeavesTheOpenBoardWithoutAReloadWhileItsAgeTicksWithoutRequests() {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        chromium.openSignedIn(baseUrl() + "andon-board.xhtml", "shift-manager");
        awaitLivePage();
        script("window.mesSamePage = true;");

        long call = AndonApi.raise("operator", line, "QUALITY", "HIGH", "Seal looks weak " + chain.suffix())
                .getJsonNumber("id").longValue();
        String tile = "#andon-" + call;
        wait.withMessage(() -> "the board showed the call as: " + text(tile))
                .until(driver -> text(tile).contains("L-" + chain.suffix()) && text(tile).contains("QUALITY") && text(tile).contains("waiting"));
        chromium.screenshot("andon-board-raised");

        AsCaller.expect(200, "shift-manager", "POST", AndonApi.CALLS + "/" + call + "/acknowledge", "{}");
        wait.withMessage(() -> "the board showed the call as: " + text(tile))
                .until(driver -> text(tile).contains("acknowledged by shift-manager"));
        chromium.waitForAjax();

        // refreshes cut off (push.js's remote command replaced by one that asks nothing): any request now is the page's own
        script("window.mesBoardRequests = 0;"
                + " new PerformanceObserver(function (list) { window.mesBoardRequests += list.getEntries().length; }).observe({type: 'resource'});"
                + " window.mesPushRefreshAsking = window.mesPushRefresh;"
                + " window.mesPushRefresh = function () { window.mesPush.refreshed(); };");
        String age = tile + " .andon-tile-age";
        wait.until(driver -> !text(age).isEmpty());
        long from = seconds(text(age));
        wait.withMessage(() -> "the call's age stayed " + text(age)).until(driver -> seconds(text(age)) >= from + 4);
        assertEquals(0L, script("return window.mesBoardRequests;"), "requests of the board while its age ticked");

        script("window.mesPushRefresh = window.mesPushRefreshAsking;");
        AsCaller.expect(200, "shift-manager", "POST", AndonApi.CALLS + "/" + call + "/resolve", "{\"notes\":\"Sealing bar replaced\"}");
        wait.withMessage(() -> "the resolved call stayed on the board: " + text(tile)).until(driver -> text(tile).isEmpty());
        // the same counter sees the refresh that took the call away (its entry arrives a little after): it counts requests
        wait.withMessage(() -> "the counter never saw the refresh after the resolve")
                .until(driver -> Boolean.TRUE.equals(script("return window.mesBoardRequests > 0;")));
        assertEquals(Boolean.TRUE, script("return window.mesSamePage === true;"), "the board was not reloaded");
        chromium.screenshot("andon-board-resolved");
    }

    /** A running timer's text ({@code mm:ss} or {@code h:mm:ss}) in seconds. */
    private static long seconds(String timer) {
        long seconds = 0;
        for (String part : timer.split(":")) {
            seconds = seconds * 60 + Long.parseLong(part.trim());
        }
        return seconds;
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    /** The element's text, read in one script ("" when it is not there): a push refresh may replace it meanwhile. */
    private String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var element = document.querySelector(arguments[0]); return element === null ? '' : element.textContent.trim();", css);
    }
}
