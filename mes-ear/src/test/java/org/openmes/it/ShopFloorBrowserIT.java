package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An operator's shift start at a kiosk in Chromium: the job assigned to them is on the kiosk; they accept it, fill in
 * the line's pre-start checklist, sign it with the PIN, start the job and raise a maintenance andon. A shift manager
 * sees jobs on the jobs page, and the andon board shows open calls.
 */
class ShopFloorBrowserIT extends BrowserIntegrationTest {
    private static final String PIN = "1357";

    @Test
    void anOperatorCompletesTheChecklistStartsTheJobAndRaisesAnAndonAtTheKiosk() {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        String badge = "B-" + chain.suffix();
        Http.Response template = Http.post("api/checklist-templates", Json.createObjectBuilder().add("scopeNodeId", line)
                .add("name", "Start-up " + chain.suffix()).add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "CHECKBOX").add("label", "Guards closed").add("required", true))
                        .add(Json.createObjectBuilder().add("kind", "NUMBER").add("label", "Air pressure (bar)").add("required", true)
                                .add("min", 5.5).add("max", 7.0).add("onViolation", "BLOCK"))
                        .add(Json.createObjectBuilder().add("kind", "SELECT").add("label", "Film type").add("required", true)
                                .add("options", Json.createArrayBuilder().add("A").add("B")))).build().toString());
        assertEquals(201, template.status(), template.body());
        Instant start = ExecutionApi.freeWindowStart();
        long job = ExecutionApi.assign(ExecutionApi.plan(line, "BAGS-" + chain.suffix(), start, start.plus(Duration.ofHours(1))),
                badge.toLowerCase());

        KioskBrowser.enrol(browser, wait, "K-" + chain.suffix(), line);
        KioskBrowser.badge(badge, "Jon Fields", PIN);
        KioskBrowser.signIn(chromium, wait, badge, PIN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operatorName"), "Jon Fields"));
        chromium.screenshot("kiosk-my-jobs");

        button(job, "Accept").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-" + job), "accepted"));
        jobCard(job).findElement(By.linkText("Fill in")).click();

        WebElement guards = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-item='1'] input[type=checkbox]")));
        guards.click();
        browser.findElement(By.cssSelector("[data-item='2'] input")).sendKeys("6.2");
        browser.findElement(By.cssSelector("[data-item='3'] input[value='A']")).click();
        chromium.screenshot("kiosk-checklist");
        browser.findElement(By.id("completeChecklistButton")).click();

        wait.until(ExpectedConditions.urlContains("/kiosk/sign.xhtml"));
        browser.findElement(By.xpath("//label[normalize-space(.)='Performed']")).click();
        wait.until(ExpectedConditions.elementSelectionStateToBe(By.cssSelector("input[name='meaning'][value='PERFORMED']"), true));
        browser.findElement(By.id("pin")).sendKeys(PIN);
        browser.findElement(By.id("signButton")).click();
        wait.withMessage(() -> "the kiosk showed: " + browser.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("signedAs"), "Performed by Jon Fields"));
        browser.findElement(By.id("backToJobs")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-" + job), "passed"));
        button(job, "Start").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-" + job), "in progress"));
        assertEquals("IN_PROGRESS", Http.get(ExecutionApi.JOBS + "/" + job).json().getString("status"));

        browser.findElement(By.cssSelector(".kiosk-andon-MAINTENANCE")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Andon maintenance raised on line L-"
                + chain.suffix()));
        chromium.screenshot("kiosk-andon-raised");
        JsonObject call = Http.get("api/andon/calls?lineId=" + line).jsonArray().getJsonObject(0);
        assertEquals("MAINTENANCE", call.getString("kind"));
        assertEquals(badge.toLowerCase(), call.getString("raisedBy"));
        assertTrue(call.getString("description").contains("K-" + chain.suffix()), call.toString());
    }

    @Test
    void aSupervisorSeesTheJobOnTheJobsPageAndTheBoardShowsTheOpenCall() {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        Instant start = ExecutionApi.freeWindowStart();
        ExecutionApi.assign(ExecutionApi.plan(line, "SUP-" + chain.suffix(), start, start.plus(Duration.ofHours(1))),
                "op-" + chain.suffix().toLowerCase());
        long call = AsCaller.expect(201, "operator", "POST", "api/andon/calls", Json.createObjectBuilder().add("lineId", line)
                .add("kind", "MATERIAL").add("description", "Film roll empty").build().toString()).getJsonNumber("id").longValue();

        chromium.openSignedIn(baseUrl() + "jobs.xhtml", "shift-manager");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsTable"), "SUP-" + chain.suffix()));
        assertTrue(browser.findElement(By.id("jobsTable")).getText().contains("op-" + chain.suffix().toLowerCase()));
        chromium.screenshot("jobs-page");

        browser.get(baseUrl() + "andon-board.xhtml");
        // the live board refreshes once its push socket opens: the tile is looked up again at every try
        By tile = By.id("andon-" + call);
        wait.until(ExpectedConditions.and(ExpectedConditions.textToBePresentInElementLocated(tile, "L-" + chain.suffix()),
                ExpectedConditions.textToBePresentInElementLocated(tile, "MATERIAL")));
        chromium.screenshot("andon-board");
    }

    private WebElement jobCard(long job) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-" + job)));
    }

    private WebElement button(long job, String label) {
        return jobCard(job).findElement(By.xpath(".//button[normalize-space(.)='" + label + "']"));
    }
}
