package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor in Chromium on the floor pages: acknowledges and resolves an andon call on the andon page, splits a
 * downtime event on the downtime page after a split time outside the event was refused beside the field and merges the
 * parts back, and creates a shift pattern on the shifts page after a start time that is no time of day was refused
 * beside the field.
 */
class SupervisorPagesBrowserIT extends BrowserIntegrationTest {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Test
    void aSupervisorWorksAnAndonCallADowntimeEventAndAShiftPatternOnThePages() {
        long line = Floor.newLine()[1];
        long call = AndonApi.raise(Identities.ADMIN, line, "HELP", null, "Film roll empty").getJsonNumber("id").longValue();

        chromium.openSignedIn(baseUrl() + "andon.xhtml?line=" + line, Identities.ADMIN);
        awaitLivePage();
        click(By.id("callsTable:0:acknowledgeButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("callsTable:0:callStatus"), "ACKNOWLEDGED"));
        click(By.id("callsTable:0:resolveButton"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes"))).sendKeys("New roll fitted");
        browser.findElement(By.id("confirmResolveButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("callsTable"), "all clear"));
        JsonObject resolved = Http.get(AndonApi.CALLS + "/" + call).json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("New roll fitted", resolved.getString("resolutionNotes"));
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "RESOLVED"), AndonApi.historyKinds(call));

        long machine = PlantApi.id(PlantApi.create(PlantApi.EQUIPMENT, PlantApi.equipment(line, "M-" + PlantApi.suffix())));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
        Http.Response stop = Http.post("api/downtime/events", Json.createObjectBuilder().add("equipmentId", machine)
                .add("startedAt", start.toString()).add("endedAt", start.plusSeconds(1200).toString())
                .add("reasonId", reasonId()).add("comment", "sealer jammed").build().toString());
        assertEquals(201, stop.status(), stop.body());
        browser.get(baseUrl() + "downtime.xhtml?line=" + line);
        awaitLivePage();
        click(By.id("eventsTable:0:splitButton"));
        split(SECONDS.format(start.plusSeconds(3600)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("splitDialog"), "must lie strictly between"));
        split(SECONDS.format(start.plusSeconds(300)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("eventsTable:1:eventEnd")));
        JsonArray parts = Http.get("api/downtime/events?equipmentId=" + machine + "&from=" + start.minusSeconds(60) + "&to="
                + start.plusSeconds(1260)).jsonArray();
        assertEquals(2, parts.size(), parts.toString());
        assertEquals(start.plusSeconds(300).toString(), parts.getJsonObject(0).getString("endedAt"));
        click(By.id("eventsTable:0:mergeButton"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("eventsTable:1:eventEnd"), 0));
        JsonArray merged = Http.get("api/downtime/events?equipmentId=" + machine + "&from=" + start.minusSeconds(60) + "&to="
                + start.plusSeconds(1260)).jsonArray();
        assertEquals(1, merged.size(), merged.toString());
        assertEquals(start.plusSeconds(1200).toString(), merged.getJsonObject(0).getString("endedAt"));

        browser.get(baseUrl() + "shifts.xhtml?line=" + line);
        click(By.id("shiftsForm:newPatternButton"));
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patternForm:code")));
        code.sendKeys("night");
        browser.findElement(By.id("patternForm:name")).sendKeys("Night shift");
        WebElement startTime = browser.findElement(By.id("patternForm:startTime"));
        startTime.clear();
        startTime.sendKeys("25:00");
        browser.findElement(By.id("patternForm:savePatternButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patternDialog"), "'25:00' is not a time of day"));
        startTime = browser.findElement(By.id("patternForm:startTime"));
        startTime.clear();
        startTime.sendKeys("22:00");
        browser.findElement(By.id("patternForm:savePatternButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shiftsForm:patternsTable"), "NIGHT"));
        JsonObject pattern = Http.get("api/shifts/patterns?lineId=" + line).jsonArray().getJsonObject(0);
        assertEquals("22:00:00", pattern.getString("startTime"));
    }

    /** Waits until the page hears pushes and has made the refresh it makes when its socket opens. */
    private void awaitLivePage() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-mes-push-socket='open']")));
        chromium.waitForAjax();
    }

    /** Clicks what {@code by} finds, again if a push refresh replaced it meanwhile. */
    private void click(By by) {
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

    private void split(String at) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("at")));
        input.clear();
        input.sendKeys(at);
        browser.findElement(By.id("confirmSplitButton")).click();
    }

    private static long reasonId() {
        return Http.get("api/downtime/reasons").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(reason -> "UNPLANNED-JAM".equals(reason.getString("code"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
