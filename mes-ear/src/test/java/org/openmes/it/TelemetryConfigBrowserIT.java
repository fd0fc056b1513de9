package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The telemetry configuration page in Chromium: a tag whose address the PLC4X driver refuses is shown with the
 * driver's reason beside the address; corrected, it is saved and listed.
 */
class TelemetryConfigBrowserIT extends BrowserIntegrationTest {

    @Test
    void anAddressTheDriverRefusesIsShownBesideTheFieldAndOnceCorrectedTheTagIsSaved() {
        String code = "BR-" + PlantApi.suffix();
        Http.Response created = Http.post("api/telemetry/plcs", Json.createObjectBuilder().add("code", code)
                .add("name", "Browser test PLC").add("connectionString", "modbus-tcp://127.0.0.1:1").add("enabled", false)
                .add("scanClasses", "slow=1000").add("requestTimeoutMillis", 1000).build().toString());
        assertEquals(201, created.status(), created.body());

        chromium.openSignedIn(baseUrl() + "telemetry-config.xhtml?plc=" + code, Identities.ADMIN);
        chromium.waitForAjax();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("configForm:newTagButton"))).click();
        chromium.waitForAjax();
        type("tagForm:name", "speed");
        type("tagForm:address", "flux-capacitor:7");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tagForm:saveTagButton"))).click();
        chromium.waitForAjax();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tagForm:addressMessage")));
        assertTrue(message.getText().contains("refuses address 'flux-capacitor:7'"), "the driver's reason: " + message.getText());
        chromium.screenshot("telemetry-config-refused-address");

        type("tagForm:address", "holding-register:2:UINT");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tagForm:saveTagButton"))).click();
        chromium.waitForAjax();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tagDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("configForm:tags"), "holding-register:2:UINT"));
        Http.Response tag = Http.get("api/telemetry/plcs/" + code + "/tags/speed");
        assertEquals(200, tag.status(), tag.body());
        assertEquals("slow", tag.json().getString("scanClass"));
        chromium.assertNoPolicyViolations();
    }

    @Test
    void retiredTagsAreShownOnRequestWithWhoRetiredThemAndTheirSamples() {
        String code = "BR-" + PlantApi.suffix();
        Http.Response created = Http.post("api/telemetry/plcs", Json.createObjectBuilder().add("code", code)
                .add("name", "Browser test PLC").add("connectionString", "modbus-tcp://127.0.0.1:1").add("enabled", false)
                .add("scanClasses", "slow=1000").add("requestTimeoutMillis", 1000).build().toString());
        assertEquals(201, created.status(), created.body());
        Http.Response tag = Http.post("api/telemetry/plcs/" + code + "/tags", Json.createObjectBuilder().add("name", "gone")
                .add("address", "holding-register:3:UINT").add("dataType", "INT").add("scanClass", "slow").build().toString());
        assertEquals(201, tag.status(), tag.body());
        long tagId = tag.json().getJsonNumber("id").longValue();
        // one stored sample, as the ingest would have written it before the tag was deleted
        assertEquals(1, Floor.count("with s as (insert into telemetry_sample (tag_id, sampled_at, source_at, value, quality)"
                + " values (" + tagId + ", now() - interval '1 hour', now() - interval '1 hour', 42.5, 'GOOD') returning 1)"
                + " select count(*) from s"));
        assertEquals(204, Http.delete("api/telemetry/plcs/" + code + "/tags/gone").status());

        chromium.openSignedIn(baseUrl() + "telemetry-config.xhtml?plc=" + code, Identities.ADMIN);
        chromium.waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("configForm:tags"), "No tags yet."));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("configForm:showRetired"))).click();
        chromium.waitForAjax();
        WebElement retired = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("configForm:retiredTagTable")));
        assertTrue(retired.getText().contains("gone") && retired.getText().contains(Identities.ADMIN),
                "the retired tag and who retired it: " + retired.getText());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("configForm:retiredTagTable:0:retiredHistoryButton"))).click();
        chromium.waitForAjax();
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("historyDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyTable"), "42.5"));
        assertTrue(history.getText().contains("(retired)"), history.getText());
        chromium.screenshot("telemetry-config-retired-tag-history");
        chromium.assertNoPolicyViolations();
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }
}
