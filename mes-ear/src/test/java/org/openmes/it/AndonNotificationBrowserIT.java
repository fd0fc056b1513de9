package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin in Chromium signs in and finds themself among the people the MES has seen, enters a person's e-mail address on the access-control page (a malformed one refused beside the
 * field first), and the andon page's history of a call shows the messages sent to that person — and the text message
 * that could not be sent for want of a mobile number, with the reason.
 */
class AndonNotificationBrowserIT extends BrowserIntegrationTest {
    @Test
    void anAdminEntersAContactAndTheAndonPageShowsWhatWasSentToIt() {
        long line = Floor.newLine()[1];
        String person = "paged-" + line;
        String address = person + "@plant.test";

        chromium.openSignedIn(baseUrl() + "admin/access.xhtml", Identities.ADMIN);
        // the admin, having signed in, is among the people the MES has seen, with the provider's group
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directoryTable"), "mes-admin"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:principalName"))).sendKeys(person);
        WebElement email = browser.findElement(By.id("contactForm:email"));
        email.sendKeys("not an address");
        browser.findElement(By.id("contactForm:saveContactButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contactForm"), "Not an e-mail address"));
        email = browser.findElement(By.id("contactForm:email"));
        email.clear();
        email.sendKeys(address);
        browser.findElement(By.id("contactForm:saveContactButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contactForm:contactTable"), address));
        assertEquals(address, Http.get("api/security/contacts/" + person).json().getString("email"));

        AndonApi.rules(line, "HIGH", AndonApi.level(1, 600, 600, "user:" + person));
        AndonApi.raise(Identities.ADMIN, line, "QUALITY", "HIGH", "Seal strength low");
        browser.get(baseUrl() + "andon.xhtml?line=" + line);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-mes-push-socket='open']")));
        chromium.waitForAjax();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("callsTable:0:historyButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notificationTable"), address));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notificationTable"), "No mobile number on record for " + person));
    }
}
