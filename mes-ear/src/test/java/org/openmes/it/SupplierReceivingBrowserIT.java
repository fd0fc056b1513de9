package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A goods-in clerk receives part of a supplier's delivery through the purchase order page's dialog in Chromium; a
 * second delivery of more than is outstanding is refused in the dialog and nothing of it is recorded.
 */
class SupplierReceivingBrowserIT extends BrowserIntegrationTest {

    @Test
    void aDeliveryIsReceivedInTheDialogAndAnOverReceiptIsRefusedThere() {
        long supplier = AsCaller.expect(201, Identities.ADMIN, "POST", "api/suppliers",
                PartnerRestIT.partner("S-" + PlantApi.suffix(), "Film supplier").build().toString()).getJsonNumber("id").longValue();
        Http.Response created = Http.post("api/supplier-purchase-orders", Json.createObjectBuilder().add("supplierId", supplier)
                .add("lines", Json.createArrayBuilder().add(FulfilmentIT.poLine(QuoteToProductionIT.OrdersApi.buyPart(), "10",
                        LocalDate.now(ZoneOffset.UTC).plusDays(5)))).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        FulfilmentIT.action(id, "send", created.json());

        chromium.openSignedIn(baseUrl() + "supplier-purchase-orders.xhtml?id=" + id, Identities.ADMIN);
        receive("DN-1", "6");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "PARTIALLY_RECEIVED"));
        JsonObject po = Http.get("api/supplier-purchase-orders/" + id).json();
        JsonObject receipt = po.getJsonArray("receipts").getJsonObject(0);
        assertEquals("DN-1", receipt.getString("deliveryNote"));
        assertEquals(0, new BigDecimal("6").compareTo(receipt.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity")
                .bigDecimalValue()), receipt.toString());

        receive("DN-2", "5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receiveMessages"), "only 4 of 10 are outstanding"));
        chromium.screenshot("supplier-po-over-receipt");
        assertEquals(po.getJsonNumber("version"), Http.get("api/supplier-purchase-orders/" + id).json().getJsonNumber("version"),
                "nothing of the refused delivery is recorded");
    }

    private void receive(String deliveryNote, String quantity) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("receiveButton"))).click();
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveryNote")));
        note.clear();
        note.sendKeys(deliveryNote);
        WebElement received = browser.findElement(By.id("receiveLines:0:receivedQuantity"));
        received.clear();
        received.sendKeys(quantity);
        browser.findElement(By.id("confirmReceiveButton")).click();
    }
}
