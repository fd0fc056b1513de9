package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A kiosk in Chromium for the browser tests: registering and enrolling it, issuing a badge, signing in with it. */
final class KioskBrowser {
    private KioskBrowser() {
    }

    /** Registers kiosk {@code kioskCode} (at plant node {@code placeId}, or nowhere) and enrols the browser as it. */
    static void enrol(WebDriver browser, WebDriverWait wait, String kioskCode, Long placeId) {
        JsonObjectBuilder kiosk = Json.createObjectBuilder().add("code", kioskCode).add("name", "Line kiosk " + kioskCode);
        if (placeId != null) {
            kiosk.add("plantNodeId", placeId);
        }
        Http.Response registered = Http.post("api/kiosks", kiosk.build().toString());
        assertEquals(201, registered.status(), registered.body());
        browser.get(MesIntegrationTest.baseUrl() + "kiosk/enrol.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolmentCode")))
                .sendKeys(registered.json().getString("enrolmentCode"));
        browser.findElement(By.id("enrolButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kioskName"), "Line kiosk " + kioskCode));
    }

    /** Issues badge {@code number} to the user of the same name in lower case. */
    static void badge(String number, String name, String pin) {
        Http.Response issued = Http.post("api/operator-badges", Json.createObjectBuilder().add("badgeNumber", number)
                .add("principalName", number.toLowerCase()).add("displayName", name).add("pin", pin).build().toString());
        assertEquals(201, issued.status(), issued.body());
    }

    /** The scanner types the badge number and Enter, which moves to the PIN; the PIN's Enter signs in. */
    static void signIn(Chromium chromium, WebDriverWait wait, String badgeNumber, String pin) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("badgeNumber"))).sendKeys(badgeNumber + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pin"))).sendKeys(pin + Keys.ENTER);
        chromium.waitForAjax();
    }
}
