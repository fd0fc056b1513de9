package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openmes.it.OperationConfirmationIT.ChoiceLine;
import org.openmes.it.OperationConfirmationIT.Released;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An operator at a workstation kiosk in Chromium: the scanner types a traveler's operation code and Enter into the
 * scan field, the operation opens, the operator chooses the material the BOM leaves to them, starts the operation and
 * completes it with the good units (after a refused over-completion), and REST shows the completion with the operator
 * and the kiosk.
 */
class WorkstationKioskBrowserIT extends BrowserIntegrationTest {
    private static final String PIN = "2468";

    @Test
    void anOperatorScansATravelerCodeAndCompletesTheOperation() {
        ChoiceLine choice = ChoiceLine.atSaw();
        Released released = choice.released("4");
        JsonObject saw = released.queue().get(0);
        String suffix = PlantApi.suffix();
        String kiosk = "K-" + suffix;
        String badge = "W-" + suffix;

        KioskBrowser.enrol(browser, wait, kiosk, released.workCenter());
        KioskBrowser.badge(badge, "Ada Lathe", PIN);
        KioskBrowser.signIn(chromium, wait, badge, PIN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operatorName"), "Ada Lathe"));
        browser.findElement(By.id("workstationLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operation-" + saw.getJsonNumber("id"))));
        chromium.screenshot("kiosk-workstation-queue");

        browser.findElement(By.id("code")).sendKeys(saw.getString("code") + Keys.ENTER);
        wait.withMessage(() -> "the kiosk showed: " + browser.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("operationStatus"), "queued"));
        browser.findElement(By.cssSelector("[data-material='" + choice.brass() + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-material='" + choice.brass() + "']"), "aria-pressed", "true"));
        browser.findElement(By.id("startButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operationStatus"), "in progress"));
        browser.findElement(By.id("goodQuantity")).sendKeys("5");
        browser.findElement(By.id("completeButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operationForm"), "only 4 were released"));
        browser.findElement(By.id("goodQuantity")).clear();
        browser.findElement(By.id("goodQuantity")).sendKeys("4");
        browser.findElement(By.id("completeButton")).click();
        wait.withMessage(() -> "the kiosk showed: " + browser.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("operationStatus"), "completed"));
        chromium.screenshot("kiosk-operation-completed");

        JsonObject stored = Http.get("api/workstation/operations/" + saw.getJsonNumber("id")).json();
        assertEquals("COMPLETED", stored.getString("status"));
        assertEquals(0, new BigDecimal("4").compareTo(stored.getJsonNumber("goodQuantity").bigDecimalValue()));
        JsonObject completion = stored.getJsonArray("confirmations").getJsonObject(1);
        assertEquals("COMPLETE", completion.getString("kind"));
        assertEquals(badge.toLowerCase(), completion.getString("operator"));
        assertEquals(kiosk, completion.getString("kioskCode"));
        assertEquals(released.workCenter(), completion.getJsonNumber("workstationNodeId").longValue());
        assertEquals(choice.brass(), stored.getJsonArray("materialChoices").getJsonObject(0).getJsonNumber("chosenMaterialId").longValue());
    }
}
