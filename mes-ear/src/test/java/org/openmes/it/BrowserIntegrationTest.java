package org.openmes.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: a fresh headless Chromium per test ({@link Chromium}; skipped loudly where there is
 * none), closed after it with a check that nothing broke the Content-Security-Policy.
 */
abstract class BrowserIntegrationTest extends MesIntegrationTest {
    protected Chromium chromium;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        chromium = Chromium.open();
        browser = chromium.driver();
        wait = chromium.await();
    }

    /** Closes the browser and opens a fresh one (no cookies), for the next person of a test. */
    protected void openFreshBrowser() throws IOException {
        closeBrowser();
        openBrowser();
    }

    /** Waits until a live page hears pushes and has made the refresh it makes when its socket opens. */
    protected void awaitLivePage() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-mes-push-socket='open']")));
        chromium.waitForAjax();
    }

    /** Clicks what {@code by} finds, again if a push refresh replaced it meanwhile. */
    protected void click(By by) {
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(by));
        wait.until(driver -> {
            try {
                driver.findElement(by).click();
                return true;
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }
}
