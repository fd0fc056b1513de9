package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.ExecutionApi.assign;
import static org.openmes.it.ExecutionApi.assignResponse;
import static org.openmes.it.ExecutionApi.plan;
import static org.openmes.it.ExecutionApi.planResponse;
import static org.openmes.it.ExecutionApi.step;
import static org.openmes.it.ExecutionApi.stepOk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;

/**
 * Schedule entries and job assignments: the lifecycle with who and when at each step, illegal steps refused with a
 * 409 naming the state, and the conflicts (overlapping windows on a line, one running job per line, an operator on
 * two lines), quantities entered or counted by the PLC.
 */
class ExecutionIT extends MesIntegrationTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void anOperatorAcceptsStartsAndCompletesAJobAndEveryStepSaysWhoAndWhen() {
        PlantApi.Chain chain = PlantApi.createChain();
        Instant start = ExecutionApi.freeWindowStart();
        long entry = plan(PlantApi.id(chain.line()), "PRODUCT-" + chain.suffix(), start, start.plus(HOUR));
        long job = assign(entry, "operator");

        assertTrue(AsCaller.get("operator", ExecutionApi.JOBS + "/mine").jsonArray().stream()
                .anyMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == job), "the operator's own list shows the job");
        assertEquals("ACCEPTED", stepOk("operator", job, "accept", null).getString("status"));
        assertEquals("IN_PROGRESS", stepOk("operator", job, "start", null).getString("status"));
        JsonObject done = stepOk("operator", job, "complete", "{\"goodQuantity\":980,\"scrapQuantity\":20}");

        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("admin", done.getString("assignedBy"));
        for (String step : new String[] {"accepted", "started", "completed"}) {
            assertEquals("operator", done.getString(step + "By"), step);
            assertFalse(done.isNull(step + "At"), step);
        }
        assertEquals(0, new BigDecimal("980").compareTo(done.getJsonNumber("goodQuantity").bigDecimalValue()));
        assertEquals("ENTERED", done.getString("quantitySource"));
        assertEquals("L-" + chain.suffix(), done.getString("lineCode"));
        assertFalse(AsCaller.get("operator", ExecutionApi.JOBS + "/mine").jsonArray().stream()
                .anyMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == job), "a completed job leaves the list");
    }

    @Test
    void illegalStepsAreRefusedWithAConflictNamingTheState() {
        PlantApi.Chain chain = PlantApi.createChain();
        Instant start = ExecutionApi.freeWindowStart();
        long job = assign(plan(PlantApi.id(chain.line()), "P", start, start.plus(HOUR)), "op-" + chain.suffix());

        JsonObject notAccepted = Problems.assertProblem(step("admin", job, "start", null), 409, "conflict", "status");
        assertTrue(notAccepted.getString("detail").contains("is assigned; only an accepted job can be started"), notAccepted.toString());
        Problems.assertProblem(step("admin", job, "complete", "{\"goodQuantity\":1,\"scrapQuantity\":0}"), 409, "conflict", "status");
        Problems.assertProblem(step("admin", job, "cancel", "{\"reason\":\" \"}"), 400, "invalid-input", "reason");

        JsonObject cancelled = stepOk("admin", job, "cancel", "{\"reason\":\"Material not delivered\"}");
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("Material not delivered", cancelled.getString("cancelReason"));
        JsonObject afterCancel = Problems.assertProblem(step("admin", job, "accept", null), 409, "conflict", "status");
        assertTrue(afterCancel.getString("detail").contains("is cancelled"), afterCancel.toString());
        Problems.assertProblem(step("admin", 987_654_321L, "accept", null), 404, "not-found");
    }

    @Test
    void windowsOnOneLineMayNotOverlapButMayMeet() {
        long line = PlantApi.id(PlantApi.createChain().line());
        Instant start = ExecutionApi.freeWindowStart();
        long first = plan(line, "FIRST", start, start.plus(HOUR));
        JsonObject overlap = Problems.assertProblem(planResponse(line, "SECOND", start.plus(Duration.ofMinutes(30)), start.plus(HOUR.multipliedBy(2))),
                409, "conflict", "plannedStart");
        assertTrue(overlap.getString("detail").contains("schedule entry " + first), overlap.toString());
        plan(line, "THIRD", start.plus(HOUR), start.plus(HOUR.multipliedBy(2)));

        Problems.assertProblem(planResponse(line, "BACKWARDS", start.plus(HOUR.multipliedBy(5)), start.plus(HOUR.multipliedBy(4))),
                400, "invalid-input", "plannedEnd");
        long notALine = PlantApi.id(PlantApi.createChain().workCenter());
        Problems.assertProblem(planResponse(notALine, "WC", start, start.plus(HOUR)), 400, "invalid-input", "lineId");
        assertEquals(2, Http.get(ExecutionApi.ENTRIES + "?lineId=" + line + "&from=" + start + "&to=" + start.plus(HOUR.multipliedBy(3)))
                .jsonArray().size());
    }

    @Test
    void aLineRunsOneJobAtATime() {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        Instant start = ExecutionApi.freeWindowStart();
        long first = assign(plan(line, "A", start, start.plus(HOUR)), "op-a-" + chain.suffix());
        long second = assign(plan(line, "B", start.plus(HOUR), start.plus(HOUR.multipliedBy(2))), "op-b-" + chain.suffix());
        stepOk("admin", first, "accept", null);
        stepOk("admin", second, "accept", null);
        stepOk("admin", first, "start", null);

        JsonObject busy = Problems.assertProblem(step("admin", second, "start", null), 409, "conflict", "status");
        assertTrue(busy.getString("detail").contains("Line L-" + chain.suffix() + " already runs job " + first), busy.toString());
        stepOk("admin", first, "complete", "{\"goodQuantity\":5,\"scrapQuantity\":0}");
        assertEquals("IN_PROGRESS", stepOk("admin", second, "start", null).getString("status"));
    }

    @Test
    void anOperatorIsNotOnTwoLinesAtOnce() {
        String operator = "op-" + PlantApi.suffix();
        long lineOne = PlantApi.id(PlantApi.createChain().line());
        PlantApi.Chain two = PlantApi.createChain();
        Instant start = ExecutionApi.freeWindowStart();
        long job = assign(plan(lineOne, "ONE", start, start.plus(HOUR)), operator);

        long overlapping = plan(PlantApi.id(two.line()), "TWO", start.plus(Duration.ofMinutes(59)), start.plus(HOUR.multipliedBy(2)));
        JsonObject twice = Problems.assertProblem(assignResponse(overlapping, operator), 409, "conflict", "operator");
        assertTrue(twice.getString("detail").contains("Operator " + operator + " is already on line") && twice.getString("detail")
                .contains("job " + job), twice.toString());

        long later = plan(PlantApi.id(two.line()), "LATER", start.plus(HOUR.multipliedBy(3)), start.plus(HOUR.multipliedBy(4)));
        assign(later, operator);
        Problems.assertProblem(assignResponse(later, "someone-else"), 409, "conflict", "scheduleEntryId");
        assertEquals(2, Http.get(ExecutionApi.JOBS + "?operator=" + operator + "&status=assigned").jsonArray().size());
    }

    @Test
    void withoutTypedQuantitiesAJobTakesWhatThePlcCountedWhileItRan() throws SQLException {
        PlantApi.Chain chain = PlantApi.createChain();
        long equipment = PlantApi.id(chain.equipment());
        String plc = "PLC-" + chain.suffix();
        Http.Response created = Http.post("api/telemetry/plcs", Json.createObjectBuilder().add("code", plc).add("name", "Counting PLC")
                .add("connectionString", "modbus-tcp://127.0.0.1:1").add("enabled", false).add("scanClasses", "slow=1000")
                .add("requestTimeoutMillis", 1000).build().toString());
        assertEquals(201, created.status(), created.body());
        long good = countTag(plc, "good", equipment, "GOOD_COUNT", 1);
        long reject = countTag(plc, "reject", equipment, "REJECT_COUNT", 2);

        Instant start = ExecutionApi.freeWindowStart();
        long job = assign(plan(PlantApi.id(chain.line()), "COUNTED", start, start.plus(HOUR)), "op-" + chain.suffix());
        stepOk("admin", job, "accept", null);
        Problems.assertProblem(step("admin", job, "complete", "{}"), 409, "conflict", "status");
        stepOk("admin", job, "start", null);
        insertCount(equipment, "GOOD_COUNT", good, 40);
        insertCount(equipment, "GOOD_COUNT", good, 2);
        insertCount(equipment, "REJECT_COUNT", reject, 3);

        JsonObject counted = Http.get(ExecutionApi.JOBS + "/" + job + "/counted-quantities").json();
        assertTrue(counted.getBoolean("available"), counted.toString());
        JsonObject done = stepOk("admin", job, "complete", "{}");
        assertEquals("PLC", done.getString("quantitySource"));
        assertEquals(0, new BigDecimal("42").compareTo(done.getJsonNumber("goodQuantity").bigDecimalValue()), done.toString());
        assertEquals(0, new BigDecimal("3").compareTo(done.getJsonNumber("scrapQuantity").bigDecimalValue()), done.toString());
    }

    @Test
    void aLineWithoutCountersNeedsTypedQuantities() {
        PlantApi.Chain chain = PlantApi.createChain();
        Instant start = ExecutionApi.freeWindowStart();
        long job = assign(plan(PlantApi.id(chain.line()), "MANUAL", start, start.plus(HOUR)), "op-" + chain.suffix());
        stepOk("admin", job, "accept", null);
        stepOk("admin", job, "start", null);
        JsonObject refused = Problems.assertProblem(step("admin", job, "complete", "{}"), 400, "invalid-input", "goodQuantity");
        assertTrue(refused.getString("detail").contains("no counter"), refused.toString());
        Problems.assertProblem(step("admin", job, "complete", "{\"goodQuantity\":-1}"), 400, "invalid-input", "goodQuantity");
        JsonObject stillRunning = Http.get(ExecutionApi.JOBS + "/" + job).json();
        assertEquals("IN_PROGRESS", stillRunning.getString("status"));
        assertFalse(stillRunning.containsKey("completedAt"), stillRunning.toString());
    }

    private static long countTag(String plc, String name, long equipment, String signal, int register) {
        Http.Response tag = Http.post("api/telemetry/plcs/" + plc + "/tags", Json.createObjectBuilder().add("name", name)
                .add("address", "holding-register:" + register).add("dataType", "INT").add("scanClass", "slow").build().toString());
        assertEquals(201, tag.status(), tag.body());
        long tagId = tag.json().getJsonNumber("id").longValue();
        Http.Response mapping = Http.post("api/telemetry/signal-mappings", Json.createObjectBuilder().add("equipmentId", equipment)
                .add("signal", signal).add("tagId", tagId).build().toString());
        assertEquals(201, mapping.status(), mapping.body());
        return tagId;
    }

    /** A COUNT edge event as the ingest stores it, now (each a microsecond apart, so none collide on the key). */
    private static void insertCount(long equipment, String signal, long tagId, int increment) throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        try (Connection db = DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user);
             PreparedStatement insert = db.prepareStatement("insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit,"
                     + " tag_id, old_value, new_value, increment) values (?, ?, clock_timestamp(), 'COUNT', -1, ?, 0, ?, ?)")) {
            insert.setLong(1, equipment);
            insert.setString(2, signal);
            insert.setLong(3, tagId);
            insert.setInt(4, increment);
            insert.setInt(5, increment);
            insert.executeUpdate();
        }
    }
}
