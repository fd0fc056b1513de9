package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openmes.it.QuoteToProductionIT.OrdersApi;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The commerce pages in Chromium, as a production manager: a quote drafted, its line refused beside the quantity and
 * then saved, changed, a second one added and removed, the quote sent and approved on the quotes page; a supplier purchase order written and sent on its page; a customer
 * order made ready and shipped to a chosen ship-to address through the ship form of the customer orders page.
 */
class CommercePagesBrowserIT extends BrowserIntegrationTest {
    private static final String USER = "production-manager";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aQuoteIsDraftedItsLinesAddedChangedAndRemovedOneRefusedBesideItsQuantityThenSentAndApproved() {
        String customerCode = "QP-" + PlantApi.suffix();
        PartnerRestIT.createCustomer(customerCode);
        JsonObject part = PartApi.createBought("QP", "EA");

        openDraft("quotes.xhtml", "newQuoteButton", "customerId", customerCode, "createQuoteButton");
        String number = browser.findElement(By.id("detailHeading")).getText().split(" ")[0];

        choosePart(part);
        type("quantity", "0");
        type("unitPrice", "12.5");
        click("saveLineButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quantityMessage"), "must be greater than 0"));
        type("quantity", "4");
        click("saveLineButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("linesTable"), part.getString("partNumber")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lineEditor")));

        click("linesTable:0:editLineButton");
        type("quantity", "5");
        click("saveLineButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("linesTable"), "5.000"));
        choosePart(part);
        type("quantity", "1");
        type("unitPrice", "1");
        click("saveLineButton");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#linesTable_data > tr"), 2));
        click("linesTable:1:removeLineButton");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#linesTable_data > tr"), 1));

        click("sendButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "SENT"));
        type("customerPoNumber", "PO-PAGE-1");
        click("approveButton");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvalOrder")));
        chromium.screenshot("quote-approved");

        JsonObject quote = Http.get("api/quotes?q=" + number).json().getJsonArray("items").getJsonObject(0);
        assertEquals("APPROVED", quote.getString("status"));
        JsonObject line = Http.get("api/quotes/" + quote.getJsonNumber("id")).json().getJsonArray("lines").getJsonObject(0);
        assertEquals(1, Http.get("api/quotes/" + quote.getJsonNumber("id")).json().getJsonArray("lines").size(),
                "the second line was removed");
        assertEquals(0, new BigDecimal("5").compareTo(line.getJsonNumber("quantity").bigDecimalValue()), line.toString());
        assertEquals(TODAY.plusDays(30).toString(), line.getString("requestedDate"), "a new line is wanted by the validity date");
    }

    @Test
    void aSupplierPurchaseOrderIsWrittenAndSentOnThePage() {
        String supplierCode = "SP-" + PlantApi.suffix();
        long supplier = AsCaller.expect(201, Identities.ADMIN, "POST", "api/suppliers",
                PartnerRestIT.partner(supplierCode, "Bar stock supplier").build().toString()).getJsonNumber("id").longValue();
        JsonObject part = PartApi.createBought("SP", "EA");

        openDraft("supplier-purchase-orders.xhtml", "newPoButton", "supplierId", supplierCode, "createPoButton");
        choosePart(part);
        type("quantity", "25");
        type("unitPrice", "2.5");
        type("dueDate", TODAY.plusDays(7).toString());
        click("saveLineButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("linesTable"), part.getString("partNumber")));
        click("sendButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "SENT"));

        JsonObject po = Http.get("api/supplier-purchase-orders?supplierId=" + supplier).json().getJsonArray("items").getJsonObject(0);
        JsonObject written = Http.get("api/supplier-purchase-orders/" + po.getJsonNumber("id")).json();
        assertEquals("SENT", written.getString("status"));
        JsonObject line = written.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, new BigDecimal("25").compareTo(line.getJsonNumber("quantity").bigDecimalValue()), line.toString());
        assertEquals(TODAY.plusDays(7).toString(), line.getString("dueDate"));
    }

    @Test
    void anOrderIsMadeReadyAndShippedToTheChosenAddressThroughTheShipForm() {
        String code = "SF-" + PlantApi.suffix();
        JsonObject customer = AsCaller.expect(201, Identities.ADMIN, "POST", "api/customers", Json.createObjectBuilder(
                PartnerRestIT.partner(code, "Customer " + code).build()).add("addresses", Json.createArrayBuilder()
                        .add(address("Main plant", "1 Mill Road")).add(address("Warehouse 2", "9 Dock Street"))).build().toString());
        JsonObject order = OrdersApi.approve(OrdersApi.sentQuote(customer.getJsonNumber("id").longValue(), TODAY.plusDays(30),
                OrdersApi.line(OrdersApi.buyPart(), "6", "3", TODAY.plusDays(9))), 200).json().getJsonObject("customerOrder");

        chromium.openSignedIn(baseUrl() + "customer-orders.xhtml", USER);
        type("searchText", order.getString("number"));
        click("searchButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orderTable"), order.getString("number")));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(order.getString("number")))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "OPEN"));
        click("readyButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "READY_TO_SHIP"));

        Select shipTo = new Select(browser.findElement(By.id("shipToAddressId")));
        assertEquals("Main plant: 1 Mill Road, Springfield, US", shipTo.getFirstSelectedOption().getText(),
                "the customer's first address is chosen");
        selectContaining("shipToAddressId", "Warehouse 2");
        type("carrier", "UPS");
        type("trackingNumber", "1Z999");
        click("shipButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "SHIPPED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipmentsTable"), "Warehouse 2"));
        chromium.screenshot("order-shipped");

        JsonObject shipment = Http.get("api/customer-orders/" + order.getJsonNumber("id") + "/shipments").jsonArray().getJsonObject(0);
        assertEquals("UPS", shipment.getString("carrier"));
        assertEquals("1Z999", shipment.getString("trackingNumber"));
        assertEquals("9 Dock Street", shipment.getJsonObject("shipTo").getString("street"));
        assertEquals(0, new BigDecimal("6").compareTo(shipment.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity")
                .bigDecimalValue()), "nothing entered per line: everything that remained");
    }

    private static jakarta.json.JsonObjectBuilder address(String label, String street) {
        return Json.createObjectBuilder().add("label", label).add("street", street).add("city", "Springfield")
                .add("countryCode", "US");
    }

    /** Signs in on {@code page}, starts a new document for the partner with {@code partnerCode} and drafts it. */
    private void openDraft(String page, String newButton, String partnerList, String partnerCode, String createButton) {
        chromium.openSignedIn(baseUrl() + page, USER);
        click(newButton);
        selectContaining(partnerList, partnerCode);
        click(createButton);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailHeading"), "DRAFT"));
    }

    /** Finds {@code part} by its number in the line editor and chooses it. */
    private void choosePart(JsonObject part) {
        click("addLineButton");
        type("partSearch", part.getString("partNumber"));
        click("partSearchButton");
        String id = part.getJsonNumber("id").toString();
        choose("partId", option -> id.equals(option.getDomAttribute("value")));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses the option of native select {@code id} whose text contains {@code text}. */
    private void selectContaining(String id, String text) {
        choose(id, option -> option.getText().contains(text));
    }

    /**
     * Chooses the first option of native select {@code id} that {@code which} accepts, once no AJAX request is under
     * way (one may be replacing the list), and waits until the list shows it chosen.
     */
    private void choose(String id, Predicate<WebElement> which) {
        chromium.waitForAjax();
        Select select = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))));
        String value = select.getOptions().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such option in " + id)).getDomAttribute("value");
        select.selectByValue(value);
        wait.until(browser -> value.equals(new Select(browser.findElement(By.id(id))).getFirstSelectedOption()
                .getDomAttribute("value")));
    }
}
