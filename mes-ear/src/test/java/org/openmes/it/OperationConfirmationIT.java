package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openmes.it.QuoteToProductionIT.OrdersApi;

/**
 * Execution at the workstation through the REST API: an operator starts, pauses, resumes and completes the
 * operations of a released batch, which moves the batch and the order with it; an operation cannot start before
 * its predecessor is done, no operation confirms more than it received, two operators confirming the same
 * operation at once never count twice, and a material the BOM leaves to the operator is chosen before the start.
 */
class OperationConfirmationIT extends MesIntegrationTest {
    private static final String OPERATOR = "operator";

    @Test
    void anOperatorRunsTheBatchThroughItsOperationsAndTheBatchAndOrderFollow() {
        Released released = Released.mo("10");
        JsonObject saw = released.queue().get(0);
        JsonObject mill = released.queue().get(1);
        assertEquals("MES-OP-" + saw.getJsonNumber("id"), saw.getString("code"));
        assertTrue(mill.getString("waitingFor").contains("operation 10 Saw"), mill.toString());

        JsonObject started = confirm(200, saw, "start");
        assertEquals("IN_PROGRESS", started.getString("status"));
        assertEquals("IN_PROGRESS", released.orderStatus());
        assertEquals("IN_PROGRESS", released.batch().getString("status"));
        JsonObject paused = confirm(200, started, "pause");
        assertEquals("PAUSED", paused.getString("status"));
        JsonObject resumed = confirm(200, paused, "resume");
        JsonObject partial = complete(200, resumed, "4", "0", true);
        assertEquals("IN_PROGRESS", partial.getString("status"));
        JsonObject sawDone = complete(200, partial, "5", "1", false);
        assertEquals("COMPLETED", sawDone.getString("status"));
        assertEquals(0, new BigDecimal("9").compareTo(sawDone.getJsonNumber("goodQuantity").bigDecimalValue()));
        List<JsonObject> confirmations = sawDone.getJsonArray("confirmations").getValuesAs(JsonObject.class);
        assertEquals(List.of("START", "PAUSE", "RESUME", "PARTIAL", "COMPLETE"),
                confirmations.stream().map(c -> c.getString("kind")).toList());
        assertEquals(OPERATOR, confirmations.get(0).getString("operator"));
        assertEquals(released.workCenter, confirmations.get(0).getJsonNumber("workCenterId").longValue());

        JsonObject millNow = Http.get("api/workstation/scans/MES-BATCH-" + released.batchId).json();
        assertEquals(mill.getJsonNumber("id"), millNow.getJsonNumber("id"), "a batch's code opens its next operation");
        assertEquals(0, new BigDecimal("9").compareTo(millNow.getJsonNumber("receivedQuantity").bigDecimalValue()));
        JsonObject millDone = complete(200, confirm(200, millNow, "start"), "8", "1", false);
        assertEquals("AWAITING_INSPECTION", millDone.getString("status"), "the milling has a quality check");
        assertEquals("IN_PROGRESS", released.batch().getString("status"));
        QualityApi.pass(millDone);

        JsonObject batch = released.batch();
        assertEquals("COMPLETED", batch.getString("status"));
        assertEquals(0, new BigDecimal("8").compareTo(batch.getJsonNumber("completedQuantity").bigDecimalValue()));
        assertTrue(released.queue().isEmpty(), "nothing left at the work center");
    }

    @Test
    void anOperationCannotStartBeforeItsPredecessorIsDone() {
        Released released = Released.mo("5");
        JsonObject mill = released.queue().get(1);

        JsonObject problem = assertProblem(AsCaller.send(OPERATOR, "POST", action(mill, "start")
                + "?version=" + mill.getJsonNumber("version"), ""), 409, "conflict", "predecessor");

        assertTrue(problem.getString("detail").contains("operation 10 Saw is queued"), problem.toString());
        assertEquals("QUEUED", Http.get("api/workstation/operations/" + mill.getJsonNumber("id")).json().getString("status"));
        assertEquals("RELEASED", released.orderStatus(), "nothing started");
    }

    @Test
    void completingMoreThanReleasedIsRefusedNamingTheField() {
        Released released = Released.mo("5");
        JsonObject saw = confirm(200, released.queue().get(0), "start");

        JsonObject problem = assertProblem(AsCaller.send(OPERATOR, "POST", action(saw, "complete"), completion(saw, "4", "2", false)),
                400, "invalid-input", "scrapQuantity");
        assertTrue(problem.getString("detail").contains("only 5 were released"), problem.toString());
        assertProblem(AsCaller.send(OPERATOR, "POST", action(saw, "complete"), completion(saw, "6", "0", true)),
                400, "invalid-input", "goodQuantity");
        assertProblem(AsCaller.send(OPERATOR, "GET", "api/workstation/scans/MES-XX-1", null), 400, "invalid-input", "code");

        JsonObject unchanged = Http.get("api/workstation/operations/" + saw.getJsonNumber("id")).json();
        assertEquals(0, unchanged.getJsonNumber("goodQuantity").bigDecimalValue().signum());
        assertEquals(1, unchanged.getJsonArray("confirmations").size(), "only the start");
    }

    @Test
    void twoOperatorsReportingTheSameOperationAtOnceCountOnce() throws Exception {
        Released released = Released.mo("10");
        JsonObject saw = confirm(200, released.queue().get(0), "start");
        int racers = 2;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Http.Response> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return AsCaller.send(OPERATOR, "POST", action(saw, "complete"), completion(saw, "3", "0", true));
                }));
            }
            go.countDown();
            for (Future<Http.Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> statuses = answers.stream().map(Http.Response::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, () -> answers.stream().map(Http.Response::body).toList().toString());
        assertProblem(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow(), 409, "conflict", "version");
        JsonObject stored = Http.get("api/workstation/operations/" + saw.getJsonNumber("id")).json();
        assertEquals(0, new BigDecimal("3").compareTo(stored.getJsonNumber("goodQuantity").bigDecimalValue()), stored.toString());
        assertEquals(2, stored.getJsonArray("confirmations").size(), "the start and one report");
    }

    @Test
    void whereTheBomLeavesTheMaterialToTheOperatorItIsChosenBeforeTheStart() {
        ChoiceLine choice = ChoiceLine.atSaw();
        Released released = choice.released("3");
        JsonObject saw = released.queue().get(0);
        long line = choice.line();
        long brass = choice.brass();

        JsonObject refused = assertProblem(AsCaller.send(OPERATOR, "POST", action(saw, "start") + "?version="
                + saw.getJsonNumber("version"), ""), 409, "conflict", "materialChoices");
        assertTrue(refused.getString("detail").contains("choose the material of BOM line 10"), refused.toString());
        assertProblem(AsCaller.send(OPERATOR, "POST", action(saw, "material-choices"), Json.createObjectBuilder()
                .add("bomLineId", line).add("materialId", choice.component()).build().toString()), 400, "invalid-input", "materialId");

        JsonObject chosen = AsCaller.expect(200, OPERATOR, "POST", action(saw, "material-choices"), Json.createObjectBuilder()
                .add("bomLineId", line).add("materialId", brass).build().toString());
        JsonObject made = chosen.getJsonArray("materialChoices").getJsonObject(0);
        assertEquals(brass, made.getJsonNumber("chosenMaterialId").longValue());
        assertEquals(OPERATOR, made.getString("chosenBy"));
        assertEquals(2, made.getJsonArray("options").size());
        assertEquals("IN_PROGRESS", confirm(200, chosen, "start").getString("status"));
    }

    private static String action(JsonObject operation, String action) {
        return "api/workstation/operations/" + operation.getJsonNumber("id") + "/" + action;
    }

    private static JsonObject confirm(int status, JsonObject operation, String action) {
        return AsCaller.expect(status, OPERATOR, "POST", action(operation, action) + "?version=" + operation.getJsonNumber("version"), "");
    }

    private static String completion(JsonObject operation, String good, String scrap, boolean partial) {
        return Json.createObjectBuilder().add("goodQuantity", Json.createValue(new BigDecimal(good)))
                .add("scrapQuantity", Json.createValue(new BigDecimal(scrap))).add("partial", partial)
                .add("version", operation.getJsonNumber("version")).build().toString();
    }

    private static JsonObject complete(int status, JsonObject operation, String good, String scrap, boolean partial) {
        return AsCaller.expect(status, OPERATOR, "POST", action(operation, "complete"), completion(operation, good, scrap, partial));
    }

    /**
     * A part sawn and milled at a work center of its own, whose BOM line 10 (two of a component per unit, consumed at
     * the sawing) leaves the material to the operator: steel (primary) or brass.
     */
    record ChoiceLine(long workCenter, long part, long line, long component, long steel, long brass) {
        static ChoiceLine atSaw() {
            long workCenter = OrdersApi.workCenter();
            long part = OrdersApi.makePart(workCenter, true);
            long component = PartApi.id(PartApi.createBought("VC", "EA"));
            long steel = PartApi.id(PartApi.createBought("VS", "EA"));
            long brass = PartApi.id(PartApi.createBought("VB", "EA"));
            long line = PartApi.id(PartApi.addLine(part, PartApi.line(10, component, "2").add("operationSequence", 10)
                    .add("variantSelection", "OPERATOR_CHOICE").add("variants", Json.createArrayBuilder()
                            .add(PartApi.variant(steel, "0", true)).add(PartApi.variant(brass, "0", false)))));
            return new ChoiceLine(workCenter, part, line, component, steel, brass);
        }

        /** A manufacturing order of {@code quantity} of the part, released as one batch. */
        Released released(String quantity) {
            return Released.of(workCenter, OrdersApi.mo(part, quantity));
        }
    }

    /** A manufacturing order of a part sawn and then milled at a work center of its own, approved and released as one batch. */
    record Released(long workCenter, long moId, long batchId) {
        static Released mo(String quantity) {
            long workCenter = OrdersApi.workCenter();
            return of(workCenter, OrdersApi.mo(OrdersApi.makePart(workCenter, true), quantity));
        }

        static Released of(long workCenter, JsonObject mo) {
            assertEquals(200, OrdersApi.ppic("approve", OrdersApi.items(mo)).status());
            assertEquals(200, OrdersApi.ppic("release", OrdersApi.items(mo)).status());
            long moId = mo.getJsonObject("order").getJsonNumber("id").longValue();
            long batchId = Http.get("api/manufacturing-orders/" + moId).json().getJsonArray("batches").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            return new Released(workCenter, moId, batchId);
        }

        /** The work center's queue, as the operator sees it. */
        List<JsonObject> queue() {
            return AsCaller.expect(200, OPERATOR, "GET", "api/workstation/queue?workCenterId=" + workCenter, null)
                    .getJsonArray("operations").getValuesAs(JsonObject.class);
        }

        String orderStatus() {
            return Http.get("api/manufacturing-orders/" + moId).json().getJsonObject("order").getString("status");
        }

        JsonObject batch() {
            return Http.get("api/manufacturing-orders/" + moId).json().getJsonArray("batches").getJsonObject(0);
        }
    }
}
