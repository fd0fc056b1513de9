package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PartApi.id;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An engineer works on a part's BOM and routing on the part page, and on routing templates on their page, in
 * Chromium: what the page saves is checked through REST, refusals appear beside the field they name.
 */
class PartEngineeringBrowserIT extends BrowserIntegrationTest {

    /** A condition may read an input just as an AJAX update replaces it: it reads the new one on the next try. */
    @BeforeEach
    void readAgainWhatAnUpdateReplaced() {
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void theRoutingAndBomLinesWithVariantsAreEditedOnThePartPageAndRefusalsShowBesideTheirField() {
        String suffix = PlantApi.suffix();
        long workCenter = PlantApi.id(PlantApi.createChain().workCenter());
        JsonObject template = PartApi.createTemplate("Browser saw " + suffix,
                PartApi.operations(PartApi.operation(10, "Saw", workCenter, "5", "1")));
        JsonObject part = PartApi.createMade("ASM");
        JsonObject bar = PartApi.createBought("BAR", "KG");
        JsonObject alternative = PartApi.createBought("ALT", "KG");
        JsonObject above = PartApi.createMade("TOP");
        PartApi.addLine(id(above), PartApi.line(10, id(part), "1"));
        String partBom = "api/parts/" + id(part) + "/bom";

        chromium.openSignedIn(baseUrl() + "part.xhtml?id=" + id(part), Identities.ADMIN);

        // the routing: from the template, then a quality check added and moved before the saw
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("templateId"))))
                .selectByValue(String.valueOf(id(template)));
        browser.findElement(By.id("createRoutingButton")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("addOperationButton"))).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations:1:name")));
        name.sendKeys("Inspect");
        new Select(browser.findElement(By.id("operations:1:workCenterId"))).selectByValue(String.valueOf(workCenter));
        browser.findElement(By.id("operations:1:qualityCheck")).click();
        browser.findElement(By.id("operations:1:moveUpButton")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("operations:0:name"), "value", "Inspect"));
        browser.findElement(By.id("saveRoutingButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Routing saved"));
        JsonArray operations = Http.get("api/parts/" + id(part) + "/routing").json().getJsonArray("operations");
        assertEquals("Inspect", operations.getJsonObject(0).getString("name"), operations.toString());
        assertEquals(10, operations.getJsonObject(0).getInt("sequence"));
        assertTrue(operations.getJsonObject(0).getBoolean("qualityCheck"));
        assertEquals("Saw", operations.getJsonObject(1).getString("name"));
        assertEquals(20, operations.getJsonObject(1).getInt("sequence"));

        // a line with two weighted variants, consumed at the saw
        openLineDialog(By.id("addLineButton"));
        type("bomLineForm:componentId_input", label(bar));
        type("bomLineForm:quantityPer", "2.5");
        type("bomLineForm:scrapPercent", "5");
        new Select(browser.findElement(By.id("bomLineForm:operationSequence"))).selectByValue("20");
        new Select(browser.findElement(By.id("bomLineForm:variantSelection"))).selectByValue("WEIGHTED");
        addVariant(0, label(bar), "0");
        addVariant(1, label(alternative), "30");
        saveLine();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bomTree"), label(bar)));
        JsonArray bom = Http.get(partBom).jsonArray();
        assertEquals(1, bom.size(), bom.toString());
        JsonObject line = bom.getJsonObject(0);
        assertEquals(0, new BigDecimal("2.5").compareTo(line.getJsonNumber("quantityPer").bigDecimalValue()), line.toString());
        assertEquals(20, line.getInt("operationSequence"));
        assertEquals("WEIGHTED", line.getString("variantSelection"));
        assertEquals(2, line.getJsonArray("variants").size());
        assertTrue(line.getJsonArray("variants").getJsonObject(0).getBoolean("primary"));

        // a part that contains this one cannot go into its BOM: refused beside the component, nothing saved
        openLineDialog(By.id("addLineButton"));
        type("bomLineForm:componentId_input", label(above));
        type("bomLineForm:quantityPer", "1");
        browser.findElement(By.id("bomLineForm:saveLineButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bomLineForm:componentIdMessage"), "would make a cycle"));
        chromium.screenshot("part-bom-cycle");
        assertEquals(1, Http.get(partBom).jsonArray().size(), "the refused line is not saved");
        browser.findElement(By.cssSelector("#bomLineDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bomLineDialog")));

        // a weight over 100 % is refused beside that variant's weight; corrected, the change is saved
        openLineDialog(By.id("bomLinesTable:0:editLineButton"));
        type("bomLineForm:quantityPer", "3");
        type("bomLineForm:variants:1:weightPercent", "120");
        browser.findElement(By.id("bomLineForm:saveLineButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bomLineForm:variants:1:weightPercentMessage"),
                "between 0 and 100"));
        type("bomLineForm:variants:1:weightPercent", "40");
        saveLine();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bomLinesTable"), "3 KG"));
        line = Http.get(partBom).jsonArray().getJsonObject(0);
        assertEquals(0, new BigDecimal("3").compareTo(line.getJsonNumber("quantityPer").bigDecimalValue()), line.toString());
        assertEquals(0, new BigDecimal("40").compareTo(line.getJsonArray("variants").getJsonObject(1)
                .getJsonNumber("weightPercent").bigDecimalValue()), line.toString());

        // someone else changes the line meanwhile: the page's edit of the older version is refused
        Http.Response changed = Http.put(partBom + "/lines/" + id(line), PartApi.line(10, id(bar), "4")
                .add("version", line.getInt("version")).add("variantSelection", "WEIGHTED").add("operationSequence", 20)
                .add("variants", Json.createArrayBuilder().add(PartApi.variant(id(bar), "0", true))
                        .add(PartApi.variant(id(alternative), "40", false))).build().toString());
        assertEquals(200, changed.status(), changed.body());
        openLineDialog(By.id("bomLinesTable:0:editLineButton"));
        type("bomLineForm:quantityPer", "5");
        browser.findElement(By.id("bomLineForm:saveLineButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bomLineForm:lineMessages"),
                "was changed by someone else"));
        assertEquals(0, new BigDecimal("4").compareTo(Http.get(partBom).jsonArray().getJsonObject(0)
                .getJsonNumber("quantityPer").bigDecimalValue()), "the stale edit is not saved");
    }

    @Test
    void aRoutingTemplateWithOrderedOperationsIsCreatedOnItsPage() {
        String name = "Browser template " + PlantApi.suffix();
        long workCenter = PlantApi.id(PlantApi.createChain().workCenter());
        chromium.openSignedIn(baseUrl() + "routing-templates.xhtml", Identities.ADMIN);
        assertEquals(1, browser.findElements(By.id("menuRoutingTemplates")).size(), "the menu entry");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("newTemplateButton"))).click();
        WebElement nameInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        nameInput.sendKeys(name);
        type("operations:0:name", "Cut");
        new Select(browser.findElement(By.id("operations:0:workCenterId"))).selectByValue(String.valueOf(workCenter));
        type("operations:0:setupMinutes", "5");
        type("operations:0:runMinutesPerUnit", "1.5");
        browser.findElement(By.id("addOperationButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations:1:name"))).sendKeys("Check");
        new Select(browser.findElement(By.id("operations:1:workCenterId"))).selectByValue(String.valueOf(workCenter));
        browser.findElement(By.id("operations:1:qualityCheck")).click();
        browser.findElement(By.id("saveTemplateButton")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("templateDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("templatesTable"), name));

        JsonObject template = Http.get("api/routing-templates").jsonArray().stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow();
        JsonArray operations = template.getJsonArray("operations");
        assertEquals(2, operations.size(), template.toString());
        assertEquals("Cut", operations.getJsonObject(0).getString("name"));
        assertEquals(0, new BigDecimal("1.5").compareTo(operations.getJsonObject(0).getJsonNumber("runMinutesPerUnit")
                .bigDecimalValue()));
        assertEquals(20, operations.getJsonObject(1).getInt("sequence"));
        assertTrue(operations.getJsonObject(1).getBoolean("qualityCheck"));
    }

    private void openLineDialog(By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bomLineDialog")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("bomLineForm:saveLineButton")));
    }

    private void addVariant(int index, String material, String weight) {
        browser.findElement(By.id("bomLineForm:addVariantButton")).click();
        type("bomLineForm:variants:" + index + ":materialId_input", material);
        type("bomLineForm:variants:" + index + ":weightPercent", weight);
    }

    private void saveLine() {
        browser.findElement(By.id("bomLineForm:saveLineButton")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bomLineDialog")));
    }

    /** Waits for the input (an AJAX update may just be putting it in place), then replaces its text. */
    private void type(String inputId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        input.clear();
        input.sendKeys(text);
    }

    private static String label(JsonObject part) {
        return part.getString("partNumber") + " rev. " + part.getString("revision");
    }
}
