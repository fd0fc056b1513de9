package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.it.OperationConfirmationIT.Released;
import org.openmes.it.QuoteToProductionIT.OrdersApi;

/**
 * Quality inspections through the REST API: an operation whose routing step has a quality check awaits inspection
 * after its final completion, and its units pass on (to the next operation, or as the batch's output) only with a
 * PASS; FAIL scraps the rejected units, REWORK reopens the operation; bad input is a 400 naming the field; and a
 * customer order becomes ready to ship only once the inspection passed.
 */
class QualityInspectionIT extends MesIntegrationTest {
    private static final String OPERATOR = "operator";

    @Test
    void theNextOperationStartsOnlyOnceTheInspectionPassedTheUnits() {
        Released released = milledThenPacked("5");
        JsonObject mill = run(released.queue().get(0), "5");
        assertEquals("AWAITING_INSPECTION", mill.getString("status"));
        JsonObject pack = released.queue().stream().filter(o -> o.getInt("sequence") == 20).findFirst().orElseThrow();

        JsonObject refused = assertProblem(AsCaller.send(OPERATOR, "POST", operation(pack) + "/start?version="
                + pack.getJsonNumber("version"), ""), 409, "conflict", "inspection");
        assertTrue(refused.getString("detail").contains("operation 10 Mill is awaiting inspection"), refused.toString());
        assertProblem(AsCaller.send(OPERATOR, "POST", operation(mill) + "/complete", Json.createObjectBuilder()
                .add("goodQuantity", 0).add("scrapQuantity", 0).add("version", mill.getJsonNumber("version")).build().toString()),
                409, "conflict", "status");
        List<JsonObject> queue = inspections("api/quality/queue?workCenterId=" + released.workCenter());
        assertEquals(List.of(mill.getJsonNumber("id").longValue()),
                queue.stream().map(q -> q.getJsonNumber("batchOperationId").longValue()).toList());

        assertProblem(QualityApi.inspect(mill, "MAYBE", null, null), 400, "invalid-input", "result");
        assertProblem(QualityApi.inspect(mill, "FAIL", "2", null), 400, "invalid-input", "defectReason");
        assertProblem(QualityApi.inspect(mill, "FAIL", "6", "burr"), 400, "invalid-input", "quantityRejected");
        assertProblem(QualityApi.inspect(mill, "PASS", "1", null), 400, "invalid-input", "quantityRejected");
        assertProblem(QualityApi.inspect(Json.createObjectBuilder(mill).add("version", 0).build(), "PASS", null, null),
                409, "stale-version", "version");
        assertProblem(QualityApi.inspect(pack, "PASS", null, null), 409, "conflict", "inspection");
        assertProblem(QualityApi.inspect(Json.createObjectBuilder(mill).add("id", 987654321).build(), "PASS", null, null),
                404, "not-found");

        JsonObject passed = QualityApi.pass(mill);
        assertEquals("PASS", passed.getString("result"));
        assertEquals("COMPLETED", passed.getString("operationStatus"));
        assertEquals(QualityApi.INSPECTOR, passed.getString("inspector"));
        assertEquals(0, new BigDecimal("5").compareTo(passed.getJsonNumber("quantityAccepted").bigDecimalValue()));
        assertEquals("Ø 20.01 mm", passed.getString("measurement"));
        assertProblem(QualityApi.inspect(Json.createObjectBuilder(mill).add("version", passed.getJsonNumber("operationVersion"))
                .build(), "PASS", null, null), 409, "conflict", "status");
        assertEquals("IN_PROGRESS", start(pack).getString("status"), "the packing runs on the passed units");
        assertEquals(List.of("PASS"), inspections("api/quality/operations/" + mill.getJsonNumber("id") + "/inspections")
                .stream().map(i -> i.getString("result")).toList());
    }

    @Test
    void aFailScrapsTheRejectedUnitsAndReworkReopensTheOperationUntilAPassCompletesTheBatch() {
        Released released = OperationConfirmationIT.Released.mo("10");
        run(released.queue().get(0), "10");
        JsonObject mill = run(released.queue().get(0), "10");

        JsonObject failed = created(QualityApi.inspect(mill, "FAIL", "2", "burr on the edge"));
        assertEquals("AWAITING_INSPECTION", failed.getString("operationStatus"), "the other 8 still await a pass");
        JsonObject afterFail = Http.get(operation(mill)).json();
        assertEquals(0, new BigDecimal("8").compareTo(afterFail.getJsonNumber("goodQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("2").compareTo(afterFail.getJsonNumber("scrapQuantity").bigDecimalValue()));

        JsonObject reworked = created(QualityApi.inspect(afterFail, "REWORK", "3", "oversize"));
        assertEquals("PAUSED", reworked.getString("operationStatus"));
        JsonObject reopened = Http.get(operation(mill)).json();
        assertEquals(0, new BigDecimal("5").compareTo(reopened.getJsonNumber("goodQuantity").bigDecimalValue()));
        JsonObject resumed = AsCaller.expect(200, OPERATOR, "POST", operation(reopened) + "/resume?version="
                + reopened.getJsonNumber("version"), "");
        JsonObject again = AsCaller.expect(200, OPERATOR, "POST", operation(resumed) + "/complete", Json.createObjectBuilder()
                .add("goodQuantity", 3).add("scrapQuantity", 0).add("version", resumed.getJsonNumber("version")).build().toString());
        assertEquals("AWAITING_INSPECTION", again.getString("status"));
        assertEquals("IN_PROGRESS", released.batch().getString("status"));

        QualityApi.pass(again);
        JsonObject batch = released.batch();
        assertEquals("COMPLETED", batch.getString("status"));
        assertEquals(0, new BigDecimal("8").compareTo(batch.getJsonNumber("completedQuantity").bigDecimalValue()));
        List<JsonObject> history = inspections("api/quality/batches/" + released.batchId() + "/inspections");
        assertEquals(List.of("FAIL", "REWORK", "PASS"), history.stream().map(i -> i.getString("result")).toList());
        assertEquals("oversize", history.get(1).getString("defectReason"));
    }

    @Test
    void theCustomerOrderBecomesReadyToShipOnlyAfterTheInspectionPassed() {
        long workCenter = OrdersApi.workCenter();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject approval = OrdersApi.approve(OrdersApi.sentQuote(OrdersApi.customer(), today.plusDays(30),
                OrdersApi.line(OrdersApi.makePart(workCenter, true), "4", "10", today.plusDays(20))), 200).json();
        long orderId = approval.getJsonObject("customerOrder").getJsonNumber("id").longValue();
        JsonObject mo = approval.getJsonArray("manufacturingOrders").getJsonObject(0);
        Released released = Released.of(workCenter, Json.createObjectBuilder().add("order", mo).build());
        run(released.queue().get(0), "4");
        JsonObject mill = run(released.queue().get(0), "4");

        assertProblem(OrdersApi.ppic("complete", OrdersApi.items(Json.createObjectBuilder().add("order", mo).build())),
                409, "conflict", "items[0].status");
        JsonObject order = Http.get("api/customer-orders/" + orderId).json();
        JsonObject held = assertProblem(Http.post("api/customer-orders/" + orderId + "/ready-to-ship?version="
                + order.getJsonNumber("version"), ""), 409, "conflict", "manufacturingOrders");
        assertTrue(held.getString("detail").contains("IN_PROGRESS"), held.toString());

        QualityApi.pass(mill);
        Http.Response completed = OrdersApi.ppic("complete", OrdersApi.items(Json.createObjectBuilder().add("order", mo).build()));
        assertEquals(200, completed.status(), completed.body());
        assertEquals("READY_TO_SHIP", Http.get("api/customer-orders/" + orderId).json().getString("status"));
    }

    /** A part milled (with a quality check) and then packed at a work center of its own, released as one batch. */
    private static Released milledThenPacked(String quantity) {
        long workCenter = OrdersApi.workCenter();
        long part = PartApi.id(PartApi.createMade("QC"));
        JsonObject template = PartApi.createTemplate("Inspected " + PlantApi.suffix(), PartApi.operations(
                PartApi.operation(10, "Mill", workCenter, "30", "2").add("qualityCheck", true),
                PartApi.operation(20, "Pack", workCenter, "5", "1")));
        AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + part + "/routing?templateId=" + PartApi.id(template), null);
        return Released.of(workCenter, OrdersApi.mo(part, quantity));
    }

    private static JsonObject start(JsonObject queued) {
        return AsCaller.expect(200, OPERATOR, "POST", operation(queued) + "/start?version=" + queued.getJsonNumber("version"), "");
    }

    /** Starts the queued operation and completes it with {@code good} units, none scrapped. */
    private static JsonObject run(JsonObject queued, String good) {
        JsonObject started = start(queued);
        return AsCaller.expect(200, OPERATOR, "POST", operation(started) + "/complete", Json.createObjectBuilder()
                .add("goodQuantity", new BigDecimal(good)).add("scrapQuantity", 0).add("version", started.getJsonNumber("version"))
                .build().toString());
    }

    /** A list the inspector reads. */
    private static List<JsonObject> inspections(String path) {
        Http.Response response = AsCaller.get(QualityApi.INSPECTOR, path);
        assertEquals(200, response.status(), response.body());
        return response.jsonArray().getValuesAs(JsonObject.class);
    }

    private static String operation(JsonObject operation) {
        return "api/workstation/operations/" + operation.getJsonNumber("id");
    }

    private static JsonObject created(Http.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json();
    }
}
