package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The downtime page in Chromium: a shift manager splits an event (a time outside it refused beside the field), merges
 * the parts back and gives the event another reason; a production manager sees those changes in the event's audit trail and confirms the event with an
 * electronic signature, signing in again on the OpenID provider's own login page.
 */
class DowntimePageBrowserIT extends BrowserIntegrationTest {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Test
    void aShiftManagerSplitsAndMergesAnEventAndAProductionManagerConfirmsItBySigningInAgain() throws IOException {
        long line = Floor.newLine()[1];
        long machine = PlantApi.id(PlantApi.create(PlantApi.EQUIPMENT, PlantApi.equipment(line, "M-" + PlantApi.suffix())));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
        Http.Response stop = Http.post("api/downtime/events", Json.createObjectBuilder().add("equipmentId", machine)
                .add("startedAt", start.toString()).add("endedAt", start.plusSeconds(1200).toString())
                .add("reasonId", reason("UNPLANNED-JAM").getJsonNumber("id").longValue()).add("comment", "sealer jammed").build().toString());
        assertEquals(201, stop.status(), stop.body());
        long event = stop.json().getJsonNumber("id").longValue();

        chromium.openSignedIn(baseUrl() + "downtime.xhtml?line=" + line, "shift-manager");
        awaitLivePage();
        click(By.id("eventsTable:0:splitButton"));
        split(SECONDS.format(start.plusSeconds(3600)));
        WebElement besideTheField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='at']/following-sibling::*[contains(@class, 'ui-message-error')]")));
        assertTrue(besideTheField.getText().contains("must lie strictly between"), besideTheField.getText());
        split(SECONDS.format(start.plusSeconds(300)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("eventsTable:1:eventEnd")));
        assertEquals(List.of(start.plusSeconds(300).toString(), start.plusSeconds(1200).toString()), endsOf(machine, start));
        click(By.id("eventsTable:0:mergeButton"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("eventsTable:1:eventEnd"), 0));
        assertEquals(List.of(start.plusSeconds(1200).toString()), endsOf(machine, start));
        JsonObject material = reason("MATERIAL-STARVED");
        click(By.id("eventsTable:0:reasonButton"));
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonId"))))
                .selectByValue(material.getJsonNumber("id").toString());
        browser.findElement(By.id("saveReasonButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventsTable:0:eventReason"), material.getString("name")));
        assertEquals(material.getString("code"), Http.get("api/downtime/events/" + event).json().getString("reasonCode"));

        openFreshBrowser();
        chromium.openSignedIn(baseUrl() + "downtime.xhtml?line=" + line, "production-manager");
        awaitLivePage();
        click(By.id("eventsTable:0:historyLink"));
        WebElement trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entriesTable")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#entriesTable_data tr"), 4));
        List<String> actions = browser.findElements(By.cssSelector("#entriesTable_data tr td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("UPDATE", "UPDATE", "UPDATE", "CREATE"), actions, "reason, merged, split, entered: newest first");
        assertTrue(trail.getText().contains("shift-manager") && trail.getText().contains(start.plusSeconds(300).toString()),
                "the split's new end and who made it: " + trail.getText());

        browser.get(baseUrl() + "downtime.xhtml?line=" + line);
        awaitLivePage();
        click(By.id("eventsTable:0:confirmButton"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmComment"))).sendKeys("Jam cleared, checked");
        browser.findElement(By.id("signButton")).click();
        // the provider shows its login page although its session is still signed in (prompt=login, max_age=0)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username"))).sendKeys("production-manager");
        browser.findElement(By.name("j_password")).sendKeys(System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
        browser.findElement(By.name("submitButton")).click();

        // back from the provider through the signature callback (HTTPS, mes.signature.redirect-uri) to this event
        wait.withMessage(() -> "came back to " + browser.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().contains("/downtime.xhtml?line=" + line + "&confirm=" + event));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventsTable:0:eventState"),
                "confirmed by production-manager (Approved)"));
        JsonObject confirmed = Http.get("api/downtime/events/" + event).json();
        assertTrue(confirmed.getBoolean("confirmed"), confirmed::toString);
        JsonObject signature = Http.get("api/signatures?recordType=DowntimeEvent&recordId=" + event).jsonArray().getJsonObject(0);
        assertEquals("production-manager", signature.getString("signer"));
        assertEquals("APPROVED", signature.getString("meaning"));
        assertEquals("IDP_REAUTHENTICATION", signature.getString("proof"));
        assertEquals("Jam cleared, checked", signature.getString("comment"));
    }

    /** The ends of the machine's events around {@code start}, earliest first. */
    private static List<String> endsOf(long machine, Instant start) {
        JsonArray events = Http.get("api/downtime/events?equipmentId=" + machine + "&from=" + start.minusSeconds(60) + "&to="
                + start.plusSeconds(1260)).jsonArray();
        return events.stream().map(JsonValue::asJsonObject).map(event -> event.getString("endedAt")).sorted().toList();
    }

    private void split(String at) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("at")));
        input.clear();
        input.sendKeys(at);
        browser.findElement(By.id("confirmSplitButton")).click();
    }

    /** The demo reason tree's reason {@code code}. */
    private static JsonObject reason(String code) {
        return Http.get("api/downtime/reasons").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(reason -> code.equals(reason.getString("code"))).findFirst().orElseThrow();
    }
}
