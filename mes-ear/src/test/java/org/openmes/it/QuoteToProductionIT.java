package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * From quote to production through the REST API: approving a quote makes the customer order and the manufacturing
 * orders with their operations in one transaction, or nothing at all; manufacturing orders split into batches; PPIC
 * actions over a selection are all or nothing and say what happened to each item.
 */
class QuoteToProductionIT extends MesIntegrationTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void approvingAQuoteMakesTheCustomerOrderAndOneManufacturingOrderPerMakeLine() {
        long workCenter = OrdersApi.workCenter();
        long customer = OrdersApi.customer();
        long made = OrdersApi.makePart(workCenter, true);
        long bought = OrdersApi.buyPart();
        JsonObject quote = OrdersApi.sentQuote(customer, TODAY.plusDays(30),
                OrdersApi.line(made, "10", "12.5", TODAY.plusDays(20)),
                OrdersApi.line(bought, "5", "3", TODAY.plusDays(21)),
                OrdersApi.line(made, "3", "12.5", TODAY.plusDays(25)));

        JsonObject approval = OrdersApi.approve(quote, 200).json();

        assertEquals("APPROVED", approval.getJsonObject("quote").getString("status"));
        JsonObject order = approval.getJsonObject("customerOrder");
        assertEquals(3, order.getJsonArray("lines").size());
        assertEquals("PO-4711", order.getString("customerPoNumber"));
        List<JsonObject> mos = approval.getJsonArray("manufacturingOrders").getValuesAs(JsonObject.class);
        assertEquals(2, mos.size(), "one manufacturing order per make line: " + approval);
        assertEquals(List.of(TODAY.plusDays(20).toString(), TODAY.plusDays(25).toString()),
                mos.stream().map(mo -> mo.getString("dueDate")).toList(), "due on the requested dates");
        assertFalse(order.getJsonArray("lines").getJsonObject(1).containsKey("manufacturingOrderId"), "a bought line gets none");

        JsonObject mo = Http.get("api/manufacturing-orders/" + mos.get(0).getJsonNumber("id")).json();
        assertEquals("DRAFT", mo.getJsonObject("order").getString("status"));
        assertEquals(List.of("Saw", "Mill"), mo.getJsonArray("operations").stream()
                .map(op -> op.asJsonObject().getString("name")).toList(), "the routing's operations, in sequence");
        assertTrue(mo.getJsonArray("operations").getJsonObject(1).getBoolean("qualityCheck"));
        assertEquals(order.getString("number"), mo.getString("customerOrderNumber"));

        assertProblem(OrdersApi.approve(Http.get("api/quotes/" + quote.getJsonNumber("id")).json(), 409), 409, "conflict", "status");
    }

    @Test
    void aMakePartWithoutRoutingRefusesTheApprovalNamingTheLineAndNothingIsMade() {
        long workCenter = OrdersApi.workCenter();
        long customer = OrdersApi.customer();
        long routed = OrdersApi.makePart(workCenter, true);
        long unrouted = OrdersApi.makePart(workCenter, false);
        JsonObject quote = OrdersApi.sentQuote(customer, TODAY.plusDays(30),
                OrdersApi.line(routed, "1", "1", TODAY.plusDays(5)), OrdersApi.line(unrouted, "1", "1", TODAY.plusDays(5)));
        long mosBefore = Http.get("api/manufacturing-orders?size=1").json().getJsonNumber("total").longValue();

        JsonObject problem = assertProblem(OrdersApi.approve(quote, 409), 409, "conflict", "lines[1].partId");

        assertTrue(problem.getString("detail").startsWith("line 2:"), problem.toString());
        assertEquals("SENT", Http.get("api/quotes/" + quote.getJsonNumber("id")).json().getString("status"));
        assertEquals(0, Http.get("api/customer-orders?customerId=" + customer).json().getInt("total"));
        assertEquals(mosBefore, Http.get("api/manufacturing-orders?size=1").json().getJsonNumber("total").longValue());
    }

    @Test
    void approvingAnExpiredQuoteIsAConflict() {
        long customer = OrdersApi.customer();
        long part = OrdersApi.buyPart();
        Http.Response created = Http.post("api/quotes", OrdersApi.quote(customer, TODAY.minusDays(1),
                OrdersApi.line(part, "1", "1", TODAY)).toString());
        assertEquals(201, created.status(), created.body());
        JsonObject quote = created.json();
        Http.Response expired = Http.post("api/quotes/" + quote.getJsonNumber("id") + "/expire?version="
                + quote.getJsonNumber("version"), "");
        assertEquals(200, expired.status(), expired.body());
        assertEquals("EXPIRED", expired.json().getString("status"));

        assertProblem(OrdersApi.approve(expired.json(), 409), 409, "conflict", "validUntil");
    }

    @Test
    void aBulkApprovalWithOneFailingItemChangesNothingAndListsEveryItem() {
        long part = OrdersApi.makePart(OrdersApi.workCenter(), true);
        List<JsonObject> mos = List.of(OrdersApi.mo(part, "5"), OrdersApi.mo(part, "6"), OrdersApi.mo(part, "7"));
        Http.Response first = OrdersApi.ppic("approve", OrdersApi.items(mos.get(1)));
        assertEquals(200, first.status(), first.body());

        JsonObject problem = assertProblem(OrdersApi.ppic("approve", OrdersApi.items(mos.get(0), mos.get(1), mos.get(2))),
                409, "conflict", "items[1].status");

        List<JsonObject> items = problem.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(true, false, true), items.stream().map(i -> i.getBoolean("passed")).toList(), problem.toString());
        assertEquals(mos.get(1).getJsonObject("order").getString("number"), items.get(1).getString("item"));
        assertTrue(items.get(1).getString("reason").contains("APPROVED"), items.get(1).toString());
        assertEquals("DRAFT", OrdersApi.status(mos.get(0)), "nothing changed");
        assertEquals("DRAFT", OrdersApi.status(mos.get(2)), "nothing changed");

        Http.Response rest = OrdersApi.ppic("approve", OrdersApi.items(mos.get(0), mos.get(2)));
        assertEquals(200, rest.status(), rest.body());
        assertEquals(2, rest.json().getInt("count"));
        assertEquals("APPROVED", OrdersApi.status(mos.get(2)));
    }

    @Test
    void completingMoreThanWasReleasedIsRefusedNamingTheField() {
        JsonObject mo = OrdersApi.mo(OrdersApi.makeUninspectedPart(OrdersApi.workCenter()), "10");
        long id = mo.getJsonObject("order").getJsonNumber("id").longValue();
        Http.Response split = Http.put("api/manufacturing-orders/" + id + "/batches", Json.createObjectBuilder()
                .add("quantities", Json.createArrayBuilder().add(4).add(6))
                .add("version", mo.getJsonObject("order").getJsonNumber("version")).build().toString());
        assertEquals(200, split.status(), split.body());
        List<JsonObject> batches = split.json().getJsonArray("batches").getValuesAs(JsonObject.class);
        assertEquals(2, batches.get(1).getJsonArray("operations").size(), "each batch carries every operation");
        assertEquals(200, OrdersApi.ppic("approve", OrdersApi.items(mo)).status());
        JsonObject firstBatch = Json.createObjectBuilder().add("type", "BATCH").add("id", batches.get(0).getJsonNumber("id")).build();
        assertEquals(200, OrdersApi.ppic("release", Json.createArrayBuilder().add(firstBatch)).status());
        assertEquals(200, OrdersApi.ppic("start", Json.createArrayBuilder().add(firstBatch)).status());
        assertProblem(OrdersApi.ppic("complete", Json.createArrayBuilder().add(Json.createObjectBuilder(firstBatch)
                .add("completedQuantity", 5))), 400, "invalid-input", "items[0].completedQuantity");
        assertEquals(200, OrdersApi.ppic("complete", Json.createArrayBuilder().add(Json.createObjectBuilder(firstBatch)
                .add("completedQuantity", 4))).status());

        JsonObject problem = assertProblem(OrdersApi.ppic("complete", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "MO").add("id", id).add("completedQuantity", 5))), 400, "invalid-input", "items[0].completedQuantity");
        assertTrue(problem.getJsonArray("items").getJsonObject(0).getString("reason").contains("only 4 were released"),
                problem.toString());
        assertEquals("IN_PROGRESS", OrdersApi.status(mo));
    }

    @Test
    void theBatchSuggestionFollowsTheBottleneckCapacity() {
        // 16 h at 85 % = 816 min a day; Saw: 10 min setup + 1 min/unit, Mill: 30 min setup + 2 min/unit → 393 a day
        JsonObject mo = OrdersApi.mo(OrdersApi.makePart(OrdersApi.workCenter(), true), "1000");
        JsonObject suggestion = Http.get("api/manufacturing-orders/" + mo.getJsonObject("order").getJsonNumber("id")
                + "/batch-suggestion").json();
        assertEquals(List.of(393, 393, 214), suggestion.getJsonArray("quantities").stream()
                .map(q -> ((JsonNumber) q).intValue()).toList(), suggestion.toString());
        assertEquals(3, suggestion.getInt("daysNeeded"));
        assertFalse(suggestion.isNull("bottleneckWorkCenterCode"));
    }

    @Test
    void aViewerSeesOrdersButCannotApproveThem() {
        JsonObject mo = OrdersApi.mo(OrdersApi.makePart(OrdersApi.workCenter(), true), "1");
        Http.Response refused = AsCaller.send("viewer", "POST", "api/ppic/approve",
                Json.createObjectBuilder().add("items", OrdersApi.items(mo)).build().toString());
        assertProblem(refused, 403, "forbidden");
        assertEquals("DRAFT", OrdersApi.status(mo));
        assertEquals(200, AsCaller.get("viewer", "api/manufacturing-orders/" + mo.getJsonObject("order").getJsonNumber("id")).status());
    }

    /** Helpers of the orders ITs: master data, quotes, manufacturing orders, PPIC calls. */
    static final class OrdersApi {
        private OrdersApi() {
        }

        static long workCenter() {
            return PlantApi.id(PlantApi.createChain().workCenter());
        }

        /** A part made in-house, with a routing of two operations at the work center (sawing, then milling with a quality check) or none. */
        static long makePart(long workCenter, boolean withRouting) {
            return makePart(workCenter, withRouting, true);
        }

        /** A part sawn and milled at the work center, the milling without a quality check: PPIC may complete its batches. */
        static long makeUninspectedPart(long workCenter) {
            return makePart(workCenter, true, false);
        }

        private static long makePart(long workCenter, boolean withRouting, boolean millingInspected) {
            long part = PartApi.id(PartApi.createMade("OR"));
            if (withRouting) {
                JsonObject template = PartApi.createTemplate("Orders " + PlantApi.suffix(), PartApi.operations(
                        PartApi.operation(10, "Saw", workCenter, "10", "1"),
                        PartApi.operation(20, "Mill", workCenter, "30", "2").add("qualityCheck", millingInspected)));
                AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + part + "/routing?templateId=" + PartApi.id(template), null);
            }
            return part;
        }

        static long buyPart() {
            return PartApi.id(PartApi.createBought("OB", "EA"));
        }

        static long customer() {
            return PartnerRestIT.createCustomer("Q-" + PlantApi.suffix()).getJsonNumber("id").longValue();
        }

        static JsonObject line(long partId, String quantity, String price, LocalDate requested) {
            return Json.createObjectBuilder().add("partId", partId).add("quantity", Json.createValue(new BigDecimal(quantity)))
                    .add("unitPrice", Json.createValue(new BigDecimal(price))).add("requestedDate", requested.toString()).build();
        }

        static JsonObject quote(long customerId, LocalDate validUntil, JsonObject... lines) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (JsonObject line : lines) {
                array.add(line);
            }
            return Json.createObjectBuilder().add("customerId", customerId).add("validUntil", validUntil.toString())
                    .add("lines", array).build();
        }

        static JsonObject sentQuote(long customerId, LocalDate validUntil, JsonObject... lines) {
            Http.Response created = Http.post("api/quotes", quote(customerId, validUntil, lines).toString());
            assertEquals(201, created.status(), created.body());
            JsonObject draft = created.json();
            Http.Response sent = Http.post("api/quotes/" + draft.getJsonNumber("id") + "/send?version=" + draft.getJsonNumber("version"), "");
            assertEquals(200, sent.status(), sent.body());
            assertEquals("SENT", sent.json().getString("status"));
            return sent.json();
        }

        static Http.Response approve(JsonObject quote, int expected) {
            Http.Response response = Http.post("api/quotes/" + quote.getJsonNumber("id") + "/approve?version="
                    + quote.getJsonNumber("version"), "{\"customerPoNumber\":\"PO-4711\"}");
            assertEquals(expected, response.status(), response.body());
            return response;
        }

        static JsonObject mo(long partId, String quantity) {
            Http.Response created = Http.post("api/manufacturing-orders", Json.createObjectBuilder().add("partId", partId)
                    .add("quantity", Json.createValue(new BigDecimal(quantity)))
                    .add("dueDate", TODAY.plusDays(10).toString()).build().toString());
            assertEquals(201, created.status(), created.body());
            return created.json();
        }

        static String status(JsonObject mo) {
            return Http.get("api/manufacturing-orders/" + mo.getJsonObject("order").getJsonNumber("id")).json()
                    .getJsonObject("order").getString("status");
        }

        static JsonArrayBuilder items(JsonObject... mos) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (JsonObject mo : mos) {
                array.add(Json.createObjectBuilder().add("type", "MO").add("id", mo.getJsonObject("order").getJsonNumber("id")));
            }
            return array;
        }

        static Http.Response ppic(String action, JsonArrayBuilder items) {
            return Http.post("api/ppic/" + action, Json.createObjectBuilder().add("items", items).build().toString());
        }
    }
}
