package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The plant page in a real headless Chromium at kiosk size (1280×800): create a work center under an area,
 * see it in the tree, and see the duplicate-code refusal beside the code field; open a dialog and switch the theme.
 * Nothing of it may break the page's Content-Security-Policy.
 */
class PlantPageBrowserIT extends BrowserIntegrationTest {
    @Test
    void aWorkCenterCreatedOnThePlantPageAppearsInTheTreeAndADuplicateCodeIsShownAtTheField() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long enterprise = create("enterprises", null, "BT-" + suffix, "Browser test enterprise");
        long site = create("sites", enterprise, "SITE", "Browser test site");
        long area = create("areas", site, "AREA", "Browser test area");

        chromium.openSignedIn(baseUrl() + "plant.xhtml?node=" + area, Identities.ADMIN);
        chromium.waitForAjax();
        addWorkCenterUnderSelectedNode("WC-" + suffix, "Browser work center");

        String label = "WC-" + suffix + " \u2014 Browser work center";
        wait.until(ExpectedConditions.visibilityOfElementLocated(treeLabel(label)));
        chromium.screenshot("plant-page-work-center-created");

        browser.findElement(treeLabel("AREA \u2014 Browser test area")).click();
        chromium.waitForAjax();
        addWorkCenterUnderSelectedNode("wc-" + suffix.toLowerCase(), "Second work center, same code");

        WebElement codeMessage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeMessage")));
        assertTrue(codeMessage.getText().contains("already exists"), "message beside the code: " + codeMessage.getText());
        assertEquals(1, browser.findElements(treeLabel(label)).size(), "the duplicate was not added to the tree");
        chromium.screenshot("plant-page-duplicate-code");

        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertTrue(pageWidth <= viewport, "no horizontal scrolling at 1280 px: page " + pageWidth + " > " + viewport);

        // an inline handler (onclick) of the page's own markup, which the policy allows only through PrimeFaces' nonce
        browser.findElement(treeLabel(label)).click();
        chromium.waitForAjax();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deleteButton"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteConfirmDialog")));
        browser.findElement(By.id("deleteConfirmNo")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals(1, browser.findElements(treeLabel(label)).size(), "keeping the node in the dialog deleted nothing");
    }

    @Test
    void overHttpsTheThemeSwitchesAndTheSessionCookieIsSecure() {
        chromium.openSignedIn(httpsBaseUrl() + "plant.xhtml", Identities.ADMIN);
        chromium.waitForAjax();
        Cookie session = wait.until(driver -> {
            Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
            return cookie != null && cookie.isSecure() ? cookie : null;
        });
        assertTrue(session.isHttpOnly(), "scripts cannot read the session cookie");
        assertEquals("Lax", session.getSameSite());

        WebElement toggle = browser.findElement(By.id("topbarForm:themeToggle"));
        toggle.click();
        chromium.waitForAjax();
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).some(l => l.href.includes('vela-blue'));"));
        // the tree still reacts to clicks after the theme switch's AJAX update
        browser.findElement(treeLabel("ACME \u2014 Acme Manufacturing")).click();
        chromium.waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    }

    @Test
    void signingInAtTheProviderLandsOnTheRequestedPageWithTheUsersName() {
        chromium.openSignedIn(baseUrl() + "plant.xhtml", "planner");
        assertTrue(browser.getCurrentUrl().startsWith(baseUrl() + "plant.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("signedInAs")).getText().contains("planner"),
                browser.findElement(By.id("signedInAs")).getText());
        chromium.screenshot("signed-in");
    }

    private void addWorkCenterUnderSelectedNode(String code, String name) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("childLevel")))).selectByValue("WORK_CENTER");
        browser.findElement(By.id("addChildButton")).click();
        chromium.waitForAjax();
        type("code", code);
        type("name", name);
        type("hoursPerDay", "16");
        type("efficiencyPercent", "85");
        type("maxConcurrentJobs", "2");
        type("averageSetupMinutes", "30");
        browser.findElement(By.id("saveButton")).click();
        chromium.waitForAjax();
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private static By treeLabel(String text) {
        return By.xpath("//span[contains(@class,'plant-node-label') and normalize-space()='" + text + "']");
    }

    private static long create(String levels, Long parentId, String code, String name) {
        var body = Json.createObjectBuilder().add("code", code).add("name", name);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        Http.Response created = Http.post("api/plant/" + levels, body.build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
