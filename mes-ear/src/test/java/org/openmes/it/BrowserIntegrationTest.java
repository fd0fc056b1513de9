package org.openmes.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
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

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }
}
