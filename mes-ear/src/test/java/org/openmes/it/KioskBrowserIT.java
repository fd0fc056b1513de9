package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A kiosk in a real headless Chromium: enrolled with its one-time code, an operator scans the badge (a keyboard-wedge
 * scanner types the number and Enter) and types the PIN; five wrong PINs lock the badge; left idle (10 s on the test
 * server), the kiosk shows the sign-in again by itself.
 */
class KioskBrowserIT extends BrowserIntegrationTest {
    private static final String PIN = "2468";

    @Test
    void anOperatorScansTheBadgeTypesThePinAndIsSignedOutWhenTheKioskIsLeftIdle() {
        String suffix = PlantApi.suffix();
        enrol("K-" + suffix);
        badge("B-" + suffix, "Ana Kowalska");

        signIn("B-" + suffix, PIN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operatorName"), "Ana Kowalska"));
        assertEquals("K-" + suffix, browser.findElement(By.id("kioskCode")).getText());
        chromium.screenshot("kiosk-signed-in");

        // nobody touches the kiosk: after the idle time it shows the sign-in again
        new WebDriverWait(browser, Duration.ofSeconds(25)).until(ExpectedConditions.urlContains("/kiosk/login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("badgeNumber")));
    }

    @Test
    void fiveWrongPinsLockTheBadgeOnTheKiosk() {
        String suffix = PlantApi.suffix();
        enrol("K-" + suffix);
        badge("B-" + suffix, "Locked Operator");
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn("B-" + suffix, "9999");
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pinMessage"), "Badge locked"));
        signIn("B-" + suffix, PIN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pinMessage"), "Badge locked"));
        assertTrue(browser.getCurrentUrl().contains("/kiosk/login.xhtml"), browser.getCurrentUrl());
        chromium.screenshot("kiosk-badge-locked");
    }

    private void enrol(String kioskCode) {
        KioskBrowser.enrol(browser, wait, kioskCode, null);
    }

    private static void badge(String number, String name) {
        KioskBrowser.badge(number, name, PIN);
    }

    private void signIn(String badgeNumber, String pin) {
        KioskBrowser.signIn(chromium, wait, badgeNumber, pin);
    }
}
