package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.it.QuoteToProductionIT.OrdersApi;

/**
 * Fulfilment through the REST API: a customer order becomes ready to ship when the PPIC action completes its last
 * manufacturing order (in the same call) once its batches went through their operations and quality inspections, is
 * shipped in parts with packing lists, and records the customer's purchase orders; a shipment goes to one of the
 * customer's addresses, printed on its PDF packing list; supplier purchase orders are received in parts, refusing
 * over-receipts and stale versions.
 */
class FulfilmentIT extends MesIntegrationTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void completingTheLastManufacturingOrderMakesTheOrderReadyToShipAndShipmentsShipItInParts() {
        long workCenter = OrdersApi.workCenter();
        long made = OrdersApi.makePart(workCenter, true);
        JsonObject approval = OrdersApi.approve(OrdersApi.sentQuote(OrdersApi.customer(), TODAY.plusDays(30),
                OrdersApi.line(made, "10", "12.5", TODAY.plusDays(20)),
                OrdersApi.line(OrdersApi.buyPart(), "5", "3", TODAY.plusDays(21)),
                OrdersApi.line(made, "3", "12.5", TODAY.plusDays(25))), 200).json();
        long orderId = approval.getJsonObject("customerOrder").getJsonNumber("id").longValue();
        List<JsonObject> mos = approval.getJsonArray("manufacturingOrders").getValuesAs(JsonObject.class);
        ok(OrdersApi.ppic("approve", moItems(mos)));
        ok(OrdersApi.ppic("release", moItems(mos)));
        // the routing's milling has a quality check: the batches complete through the workstation and its inspection
        ok(OrdersApi.ppic("start", batchItems(mos, false)));
        JsonObject held = assertProblem(OrdersApi.ppic("complete", batchItems(mos, true)), 409, "conflict", "items[0].inspection");
        assertTrue(held.getJsonArray("items").getJsonObject(0).getString("reason").contains("operation 20 Mill has a quality check"),
                held.toString());
        mos.forEach(mo -> QualityApi.runThrough(batchOf(mo).getJsonNumber("id").longValue()));
        ok(OrdersApi.ppic("complete", moItems(mos.subList(0, 1))));

        JsonObject open = order(orderId);
        assertEquals("OPEN", open.getString("status"), "one manufacturing order is still in progress");
        assertProblem(Http.post("api/customer-orders/" + orderId + "/ready-to-ship?version=" + open.getJsonNumber("version"), ""),
                409, "conflict", "manufacturingOrders");

        ok(OrdersApi.ppic("complete", moItems(mos.subList(1, 2))));
        JsonObject ready = order(orderId);
        assertEquals("READY_TO_SHIP", ready.getString("status"), "made ready by the completion of the last MO");

        assertProblem(ship(orderId, ready, lines(1, "11")), 400, "invalid-input", "lines[0].quantity");
        assertProblem(ship(orderId, Json.createObjectBuilder(ready).add("version", 0).build(), lines(1, "4")),
                409, "stale-version", "version");
        Http.Response first = ship(orderId, ready, lines(1, "4"));
        assertEquals(201, first.status(), first.body());
        JsonObject packing = first.json();
        assertEquals("PO-4711", packing.getJsonArray("customerPoNumbers").getString(0));
        assertEquals("DHL", packing.getString("carrier"));
        assertEquals(1, packing.getJsonArray("lines").size());
        assertEquals(0, new BigDecimal("4").compareTo(packing.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").bigDecimalValue()));

        JsonObject partly = order(orderId);
        assertEquals("PARTIALLY_SHIPPED", partly.getString("status"));
        Http.Response rest = ship(orderId, partly, Json.createArrayBuilder());
        assertEquals(201, rest.status(), rest.body());
        assertEquals(List.of(1, 2, 3), rest.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getInt("lineNo")).toList(), "everything that remained");
        assertEquals("SHIPPED", order(orderId).getString("status"));

        JsonObject printed = Http.get("api/shipments/" + rest.json().getJsonNumber("id")).json();
        assertEquals(0, new BigDecimal("10").compareTo(printed.getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("shippedToDate").bigDecimalValue()));
        assertEquals(2, Http.get("api/customer-orders/" + orderId + "/shipments").jsonArray().size());

        String page = page("packing-list.xhtml?shipment=" + printed.getJsonNumber("id"));
        assertTrue(page.contains("Packing list " + printed.getString("number")), "the printable packing list");
        assertTrue(page.contains(printed.getString("orderNumber")) && page.contains("JD0146"), page);
        assertTrue(page("customer-orders.xhtml").contains("id=\"orderTable\""), "the customer orders page");
        assertTrue(page("supplier-purchase-orders.xhtml").contains("id=\"poTable\""), "the supplier purchase orders page");
    }

    @Test
    void aShipmentGoesToTheCustomersChosenAddressWhichItsPdfPackingListPrints() throws Exception {
        String code = "SHIP-" + PlantApi.suffix();
        JsonObject customer = AsCaller.expect(201, Identities.ADMIN, "POST", "api/customers", Json.createObjectBuilder(
                PartnerRestIT.partner(code, "Customer " + code).build()).add("addresses", Json.createArrayBuilder()
                        .add(address("Main plant", "1 Mill Road", "Springfield"))
                        .add(address("Warehouse 2", "9 Dock Street", "Shelbyville"))).build().toString());
        JsonObject warehouse = customer.getJsonArray("addresses").getJsonObject(1);
        JsonObject part = PartApi.createBought("SHIP", "EA");
        JsonObject approval = OrdersApi.approve(OrdersApi.sentQuote(customer.getJsonNumber("id").longValue(), TODAY.plusDays(30),
                OrdersApi.line(part.getJsonNumber("id").longValue(), "8", "4", TODAY.plusDays(10))), 200).json();
        long orderId = approval.getJsonObject("customerOrder").getJsonNumber("id").longValue();
        ok(Http.post("api/customer-orders/" + orderId + "/ready-to-ship?version=" + order(orderId).getJsonNumber("version"), ""));

        JsonObject first = ship(orderId, order(orderId), lines(1, "3")).json();
        assertEquals("Main plant", first.getJsonObject("shipTo").getString("label"), "the customer's first address by default");

        JsonObject ready = order(orderId);
        JsonObject otherCustomersAddress = Http.get("api/customers/" + OrdersApi.customer()).json().getJsonArray("addresses").getJsonObject(0);
        assertProblem(shipTo(orderId, ready, otherCustomersAddress.getJsonNumber("id").longValue()), 400, "invalid-input", "shipToAddressId");
        Http.Response second = shipTo(orderId, ready, warehouse.getJsonNumber("id").longValue());
        assertEquals(201, second.status(), second.body());
        JsonObject shipTo = second.json().getJsonObject("shipTo");
        assertEquals(List.of("Warehouse 2", "9 Dock Street", "Shelbyville", "US"), List.of(shipTo.getString("label"),
                shipTo.getString("street"), shipTo.getString("city"), shipTo.getString("countryCode")));

        String number = second.json().getString("number");
        HttpResponse<byte[]> pdf = Http.sendForBytes(Http.request("api/shipments/" + second.json().getJsonNumber("id")
                + "/packing-list").header("Accept", "application/pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"packing-list-" + number + ".pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElse(""));
        String text = TravelerPdfs.read(pdf.body()).text();
        for (String expected : List.of("PACKING LIST", number, second.json().getString("orderNumber"), "PO-4711", "JD0146",
                part.getString("partNumber"), "Warehouse 2", "9 Dock Street", "Shelbyville", "US")) {
            assertTrue(text.contains(expected), () -> expected + " in " + text);
        }
        assertTrue(text.matches("(?s).*\\b5\\s+8\\b.*"), () -> "this shipment 5, shipped to date 8: " + text);
        assertProblem(Http.send(Http.request("api/shipments/987654321/packing-list")), 404, "not-found");
        assertTrue(page("packing-list.xhtml?shipment=" + second.json().getJsonNumber("id")).contains("9 Dock Street"),
                "the printable page shows the ship-to address");
    }

    @Test
    void aCustomersPurchaseOrderNumberIsRecordedOncePerCustomer() {
        long part = OrdersApi.buyPart();
        JsonObject order = OrdersApi.approve(OrdersApi.sentQuote(OrdersApi.customer(), TODAY.plusDays(30),
                OrdersApi.line(part, "1", "1", TODAY.plusDays(5))), 200).json().getJsonObject("customerOrder");
        String path = "api/customer-orders/" + order.getJsonNumber("id") + "/purchase-orders";
        String po = "{\"poNumber\":\"CPO-1\",\"poDate\":\"" + TODAY + "\",\"documentReference\":\"mail 2026-11-22 08:14\"}";

        assertEquals(201, Http.post(path, po).status());
        assertProblem(Http.post(path, po), 409, "conflict", "poNumber");
        assertProblem(Http.post(path, "{\"poNumber\":\"CPO-2\"}"), 400, "invalid-input", "poDate");
        JsonObject other = OrdersApi.approve(OrdersApi.sentQuote(OrdersApi.customer(), TODAY.plusDays(30),
                OrdersApi.line(part, "1", "1", TODAY.plusDays(5))), 200).json().getJsonObject("customerOrder");
        assertEquals(201, Http.post("api/customer-orders/" + other.getJsonNumber("id") + "/purchase-orders", po).status(),
                "another customer may use the same number");
        assertEquals("mail 2026-11-22 08:14", Http.get(path).jsonArray().getJsonObject(0).getString("documentReference"));
    }

    @Test
    void aSupplierOrderIsReceivedInPartsRefusingOverReceiptsAndStaleVersions() {
        long supplier = AsCaller.expect(201, Identities.ADMIN, "POST", "api/suppliers",
                PartnerRestIT.partner("S-" + PlantApi.suffix(), "Steel supplier").build().toString()).getJsonNumber("id").longValue();
        long part = OrdersApi.buyPart();
        Http.Response created = Http.post("api/supplier-purchase-orders", Json.createObjectBuilder().add("supplierId", supplier)
                .add("lines", Json.createArrayBuilder().add(poLine(part, "10", TODAY.plusDays(7))).add(poLine(part, "4", TODAY.plusDays(9))))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", created.json().getString("status"));
        assertProblem(receive(id, created.json().getJsonNumber("version").longValue(), lines(1, "1")), 409, "conflict", "status");
        JsonObject sent = action(id, "send", created.json());

        JsonObject partly = receive(id, sent.getJsonNumber("version").longValue(), lines(1, "6")).json();
        assertEquals("PARTIALLY_RECEIVED", partly.getString("status"), partly.toString());
        assertProblem(receive(id, sent.getJsonNumber("version").longValue(), lines(1, "1")), 409, "stale-version", "version");
        JsonObject over = assertProblem(receive(id, partly.getJsonNumber("version").longValue(), lines(2, "4").add(line(1, "5"))),
                400, "invalid-input", "lines[1].quantity");
        assertTrue(over.getString("detail").contains("only 4 of 10 are outstanding"), over.toString());
        JsonObject unchanged = Http.get("api/supplier-purchase-orders/" + id).json();
        assertEquals(partly.getJsonNumber("version"), unchanged.getJsonNumber("version"), "nothing of a refused delivery is recorded");

        String page = page("supplier-purchase-orders.xhtml?id=" + id);
        assertTrue(page.contains("receiveLines:1:receivedQuantity"), "the opened order's receive dialog, a field per line");
        JsonObject received = receive(id, partly.getJsonNumber("version").longValue(), lines(2, "4").add(line(1, "4"))).json();
        assertEquals("RECEIVED", received.getString("status"));
        List<JsonObject> receipts = received.getJsonArray("receipts").getValuesAs(JsonObject.class);
        assertEquals(2, receipts.size());
        assertEquals(Identities.ADMIN, receipts.get(0).getString("receivedBy"));
        assertEquals("CLOSED", action(id, "close", received).getString("status"));
    }

    private static String page(String path) {
        Http.Response page = Http.send(Http.request(path).header("Accept", "text/html")
                .header("Cookie", BrowserSignOn.cookies(Identities.ADMIN)));
        assertEquals(200, page.status(), page.body());
        return page.body();
    }

    private static void ok(Http.Response response) {
        assertEquals(200, response.status(), response.body());
    }

    private static JsonObject order(long id) {
        return Http.get("api/customer-orders/" + id).json();
    }

    private static JsonArrayBuilder moItems(List<JsonObject> mos) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        mos.forEach(mo -> items.add(Json.createObjectBuilder().add("type", "MO").add("id", mo.getJsonNumber("id"))));
        return items;
    }

    /** The one batch of each released order, to start, or to complete with its whole quantity. */
    private static JsonArrayBuilder batchItems(List<JsonObject> mos, boolean withQuantity) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (JsonObject mo : mos) {
            JsonObject batch = batchOf(mo);
            var item = Json.createObjectBuilder().add("type", "BATCH").add("id", batch.getJsonNumber("id"));
            items.add(withQuantity ? item.add("completedQuantity", batch.getJsonNumber("quantity")) : item);
        }
        return items;
    }

    private static JsonObject batchOf(JsonObject mo) {
        return Http.get("api/manufacturing-orders/" + mo.getJsonNumber("id")).json().getJsonArray("batches").getJsonObject(0);
    }

    static JsonObject poLine(long partId, String quantity, LocalDate due) {
        return Json.createObjectBuilder().add("partId", partId).add("quantity", new BigDecimal(quantity))
                .add("unitPrice", new BigDecimal("2.5")).add("dueDate", due.toString()).build();
    }

    private static JsonObject line(int lineNo, String quantity) {
        return Json.createObjectBuilder().add("lineNo", lineNo).add("quantity", new BigDecimal(quantity)).build();
    }

    private static JsonArrayBuilder lines(int lineNo, String quantity) {
        return Json.createArrayBuilder().add(line(lineNo, quantity));
    }

    private static JsonObjectBuilder address(String label, String street, String city) {
        return Json.createObjectBuilder().add("label", label).add("street", street).add("city", city)
                .add("postalCode", "12345").add("countryCode", "US");
    }

    /** Ships everything that remains to the customer's address {@code addressId}. */
    private static Http.Response shipTo(long orderId, JsonObject order, long addressId) {
        return Http.post("api/customer-orders/" + orderId + "/shipments", Json.createObjectBuilder()
                .add("version", order.getJsonNumber("version")).add("shipDate", TODAY.toString()).add("carrier", "DHL")
                .add("trackingNumber", "JD0146").add("shipToAddressId", addressId).build().toString());
    }

    private static Http.Response ship(long orderId, JsonObject order, JsonArrayBuilder lines) {
        return Http.post("api/customer-orders/" + orderId + "/shipments", Json.createObjectBuilder()
                .add("version", order.getJsonNumber("version")).add("shipDate", TODAY.toString()).add("carrier", "DHL")
                .add("trackingNumber", "JD0146").add("lines", lines).build().toString());
    }

    private static Http.Response receive(long id, long version, JsonArrayBuilder lines) {
        return Http.post("api/supplier-purchase-orders/" + id + "/receipts", Json.createObjectBuilder()
                .add("version", version).add("deliveryNote", "DN-77").add("lines", lines).build().toString());
    }

    static JsonObject action(long id, String action, JsonObject po) {
        Http.Response response = Http.post("api/supplier-purchase-orders/" + id + "/" + action + "?version="
                + po.getJsonNumber("version"), "");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
