package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.it.OperationConfirmationIT.ChoiceLine;
import org.openmes.it.OperationConfirmationIT.Released;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator at a workstation kiosk in Chromium: the scanner types a traveler's operation code and Enter into the
 * scan field, the operation opens, the operator chooses the material the BOM leaves to them, starts the operation and
 * completes it with the good units (after a refused over-completion), and REST shows the completion with the operator
 * and the kiosk; a planner's MO dashboard, scoped to the work center, shows the order started and its next operation
 * queued there.
 */
class WorkstationKioskBrowserIT extends BrowserIntegrationTest {
    private static final String PIN = "2468";

    @Test
    void anOperatorScansATravelerCodeAndCompletesTheOperation() throws Exception {
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

        try (Chromium planner = Chromium.open()) {
            WebDriver dashboard = planner.driver();
            WebDriverWait patience = new WebDriverWait(dashboard, Duration.ofSeconds(30));
            planner.openSignedIn(baseUrl() + "mo-dashboard.xhtml", "planner");
            new Select(patience.until(ExpectedConditions.elementToBeClickable(By.id("plantNodeId"))))
                    .selectByValue(Long.toString(released.workCenter()));
            dashboard.findElement(By.id("refreshButton")).click();
            // the work center's own order: started by the kiosk, its milling still queued there
            patience.withMessage(() -> "the dashboard showed: " + dashboard.findElement(By.id("figuresPanel")).getText())
                    .until(driver -> row(driver, "countsTable", "IN_PROGRESS").equals(List.of("IN_PROGRESS", "1"))
                            && row(driver, "countsTable", "RELEASED").equals(List.of("RELEASED", "0"))
                            && row(driver, "bottlenecksTable", "").size() == 3 && row(driver, "bottlenecksTable", "").get(1).equals("1"));
            planner.screenshot("mo-dashboard-progress");
        }
    }

    /** The cells of the first row of table {@code id} whose first cell starts with {@code first}, read in one script. */
    @SuppressWarnings("unchecked")
    private static List<String> row(WebDriver driver, String id, String first) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("var rows = document.querySelectorAll('#' + arguments[0]"
                + " + ' tbody tr'); for (var i = 0; i < rows.length; i++) { var cells = Array.from(rows[i].cells, c => c.textContent.trim());"
                + " if (cells.length > 1 && cells[0].startsWith(arguments[1])) return cells; } return [];", id, first);
    }
}
