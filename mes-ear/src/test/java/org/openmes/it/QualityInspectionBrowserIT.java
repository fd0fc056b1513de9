package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.it.OperationConfirmationIT.Released;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An inspector in Chromium opens an operation awaiting inspection from the QC queue, is refused beside the field
 * when rejecting more units than await inspection, then passes them: the operation leaves the queue and REST shows
 * the inspection with the inspector and the completed batch.
 */
class QualityInspectionBrowserIT extends BrowserIntegrationTest {

    @Test
    void anInspectorPassesAnOperationFromTheQueueAfterARefusalBesideTheField() {
        Released released = Released.mo("6");
        String operator = "operator";
        for (int step = 0; step < 2; step++) {
            JsonObject queued = released.queue().get(0);
            String path = "api/workstation/operations/" + queued.getJsonNumber("id");
            JsonObject started = AsCaller.expect(200, operator, "POST", path + "/start?version=" + queued.getJsonNumber("version"), "");
            AsCaller.expect(200, operator, "POST", path + "/complete", "{\"goodQuantity\":6,\"scrapQuantity\":0,\"version\":"
                    + started.getJsonNumber("version") + "}");
        }
        JsonObject mill = released.queue().get(0);
        assertEquals("AWAITING_INSPECTION", mill.getString("status"));
        By inspect = By.cssSelector("[data-operation='" + mill.getJsonNumber("id") + "']");

        chromium.openSignedIn(baseUrl() + "quality-inspections.xhtml", QualityApi.INSPECTOR);
        wait.until(ExpectedConditions.elementToBeClickable(inspect)).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        new Select(result).selectByValue("FAIL");
        browser.findElement(By.id("quantityRejected")).sendKeys("7");
        browser.findElement(By.id("defectReason")).sendKeys("burr on the edge");
        browser.findElement(By.id("recordButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quantityRejectedMessage"),
                "only 6 good units await inspection"));
        chromium.screenshot("quality-inspection-refused");

        new Select(browser.findElement(By.id("result"))).selectByValue("PASS");
        wait.until(ExpectedConditions.attributeToBe(By.id("result"), "value", "PASS"));
        browser.findElement(By.id("quantityRejected")).clear();
        browser.findElement(By.id("defectReason")).clear();
        browser.findElement(By.id("measurement")).sendKeys("Ø 20.01 mm");
        browser.findElement(By.id("recordButton")).click();
        wait.withMessage(() -> "the page showed: " + browser.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.invisibilityOfElementLocated(inspect));

        List<JsonObject> inspections = AsCaller.get(QualityApi.INSPECTOR, "api/quality/operations/" + mill.getJsonNumber("id")
                + "/inspections").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, inspections.size(), "the refused verdict recorded nothing");
        assertEquals("PASS", inspections.get(0).getString("result"));
        assertEquals(QualityApi.INSPECTOR, inspections.get(0).getString("inspector"));
        assertEquals("Ø 20.01 mm", inspections.get(0).getString("measurement"));
        assertEquals("COMPLETED", released.batch().getString("status"));
    }
}
