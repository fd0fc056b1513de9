package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor in Chromium on the floor pages: acknowledges and resolves an andon call on the andon page, and creates a
 * shift pattern on the shifts page after a start time that is no time of day was refused beside the field (the downtime
 * page: {@link DowntimePageBrowserIT}).
 */
class SupervisorPagesBrowserIT extends BrowserIntegrationTest {
    @Test
    void aSupervisorWorksAnAndonCallAndAShiftPatternOnThePages() {
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
}
