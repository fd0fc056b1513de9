package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The MO status dashboard over REST, on orders of their own department (a new plant chain), so that other tests'
 * orders never count: four orders — one draft five days overdue, one released with its batch queued at the work
 * center, two completed (10 h from release, on time; 20 h, late) — and the figures worked out by hand.
 */
class MoDashboardIT extends MesIntegrationTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theDashboardCountsStatesTimesLatenessAndQueuesOfItsDepartment() throws SQLException {
        PlantApi.Chain chain = PlantApi.createChain();
        long workCenter = PlantApi.id(chain.workCenter());
        // the routing: Saw 10 min + 1 min/unit, Mill 30 min + 2 min/unit, both at the work center
        long part = QuoteToProductionIT.OrdersApi.makeUninspectedPart(workCenter);
        JsonObject overdueDraft = mo(part, "10", TODAY.minusDays(5));
        mo(part, "5", TODAY.plusDays(10), "approve", "release");
        long onTime = completed(mo(part, "4", TODAY.plusDays(10), "approve", "release"));
        long late = completed(mo(part, "2", TODAY.minusDays(3), "approve", "release"));
        // completion times, set by hand: 10 h from release (due in 10 days: on time), 20 h (due 3 days ago: late)
        milestones(onTime, "now() - interval '48 hours'", "now() - interval '38 hours'");
        milestones(late, "now() - interval '30 hours'", "now() - interval '10 hours'");

        JsonObject department = dashboard("plantNodeId=" + PlantApi.id(chain.area()));

        assertEquals(Map.of("DRAFT", 1, "APPROVED", 0, "RELEASED", 1, "IN_PROGRESS", 0, "COMPLETED", 2, "CLOSED", 0,
                "CANCELLED", 0), counts(department));
        assertEquals(4, department.getInt("total"));
        assertEquals(new BigDecimal("15.00"), department.getJsonNumber("averageCompletionHours").bigDecimalValue());
        assertEquals(2, department.getInt("completedWithTimes"));
        assertEquals(new BigDecimal("50.0"), department.getJsonNumber("onTimePercent").bigDecimalValue());
        assertEquals(1, department.getInt("delayedCount"), "the completed late order is late, not delayed");
        JsonObject delayed = department.getJsonArray("delayed").getJsonObject(0);
        assertEquals(overdueDraft.getJsonObject("order").getString("number"), delayed.getString("number"));
        assertTrue(delayed.getJsonNumber("hoursLate").doubleValue() >= 96, "due 5 days ago: at least 4 days past its end");
        // the released batch of 5 waits at the work center: Saw 10 + 5 = 15 min, Mill 30 + 10 = 40 min
        JsonObject bottleneck = department.getJsonArray("bottlenecks").getJsonObject(0);
        assertEquals(1, department.getJsonArray("bottlenecks").size());
        assertEquals(chain.workCenter().getString("code"), bottleneck.getString("workCenterCode"));
        assertEquals(2, bottleneck.getInt("queueLength"));
        assertEquals(new BigDecimal("0.92"), bottleneck.getJsonNumber("queueHours").bigDecimalValue());
        JsonObject atWorkCenter = dashboard("plantNodeId=" + workCenter);
        assertEquals(counts(department), counts(atWorkCenter), "the department has this one work center");
        assertEquals(department.getJsonArray("bottlenecks"), atWorkCenter.getJsonArray("bottlenecks"));

        JsonObject dueFromToday = dashboard("plantNodeId=" + workCenter + "&dueFrom=" + TODAY + "&dueTo=" + TODAY.plusDays(30));
        assertEquals(2, dueFromToday.getInt("total"));
        assertEquals(new BigDecimal("10.00"), dueFromToday.getJsonNumber("averageCompletionHours").bigDecimalValue());
        assertEquals(new BigDecimal("100.0"), dueFromToday.getJsonNumber("onTimePercent").bigDecimalValue());
        assertEquals(0, dueFromToday.getInt("delayedCount"));

        JsonObject highest = dashboard("plantNodeId=" + workCenter + "&priority=1");
        assertEquals(0, highest.getInt("total"));
        assertFalse(highest.containsKey("averageCompletionHours"), "no completed order: left out, not 0 — " + highest);
        assertFalse(highest.containsKey("onTimePercent"), highest.toString());
        assertEquals(0, highest.getJsonArray("bottlenecks").size());
    }

    @Test
    void aRangeEndingBeforeItStartsOrAnUnknownNodeIsRefusedNamingTheParameter() {
        assertProblem(Http.get("api/manufacturing-orders/dashboard?dueFrom=2026-05-02&dueTo=2026-05-01"), 400, "invalid-input", "dueTo");
        assertProblem(Http.get("api/manufacturing-orders/dashboard?plantNodeId=987654321"), 400, "invalid-input", "plantNodeId");
        assertProblem(Http.get("api/manufacturing-orders/dashboard?priority=9"), 400, "invalid-input", "priority");
    }

    @Test
    void thePageShowsTheFiguresOfTheWholePlantAndTheMenuLeadsThere() {
        Http.Response page = Http.send(Http.request("mo-dashboard.xhtml").setHeader("Accept", "text/html")
                .header("Cookie", BrowserSignOn.cookies(Identities.ADMIN)));

        assertEquals(200, page.status(), page.body());
        for (String expected : List.of("countsTable", "IN_PROGRESS", "Average completion time", "On-time delivery",
                "delayedTable", "bottlenecksTable", "mo-dashboard.xhtml")) {
            assertTrue(page.body().contains(expected), () -> expected + " in " + page.body());
        }
    }

    private static JsonObject dashboard(String query) {
        Http.Response response = Http.get("api/manufacturing-orders/dashboard?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static Map<String, Integer> counts(JsonObject dashboard) {
        return dashboard.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("status"), c -> c.getInt("count")));
    }

    /** A manufacturing order to stock, due on {@code due}, taken through the given PPIC actions. */
    private static JsonObject mo(long part, String quantity, LocalDate due, String... actions) {
        Http.Response created = Http.post("api/manufacturing-orders", Json.createObjectBuilder().add("partId", part)
                .add("quantity", Json.createValue(new BigDecimal(quantity))).add("dueDate", due.toString()).build().toString());
        assertEquals(201, created.status(), created.body());
        for (String action : actions) {
            Http.Response done = QuoteToProductionIT.OrdersApi.ppic(action, QuoteToProductionIT.OrdersApi.items(created.json()));
            assertEquals(200, done.status(), done.body());
        }
        return created.json();
    }

    /** Starts and completes the released order's one batch with its whole quantity, then the order; its id. */
    private static long completed(JsonObject mo) {
        long id = mo.getJsonObject("order").getJsonNumber("id").longValue();
        JsonObject batch = Http.get("api/manufacturing-orders/" + id).json().getJsonArray("batches").getJsonObject(0);
        JsonObject ref = Json.createObjectBuilder().add("type", "BATCH").add("id", batch.getJsonNumber("id")).build();
        for (Http.Response done : List.of(
                QuoteToProductionIT.OrdersApi.ppic("start", Json.createArrayBuilder().add(ref)),
                QuoteToProductionIT.OrdersApi.ppic("complete", Json.createArrayBuilder().add(Json.createObjectBuilder(ref)
                        .add("completedQuantity", batch.getJsonNumber("quantity")))),
                QuoteToProductionIT.OrdersApi.ppic("complete", QuoteToProductionIT.OrdersApi.items(mo)))) {
            assertEquals(200, done.status(), done.body());
        }
        return id;
    }

    /** Puts the release and completion of order {@code id} at fixed moments, so that its durations are known. */
    private static void milestones(long id, String releasedAt, String completedAt) throws SQLException {
        try (Connection connection = TestEnvironment.connectToDatabase();
             PreparedStatement update = connection.prepareStatement("update manufacturing_order set released_at = "
                     + releasedAt + ", completed_at = " + completedAt + " where id = ?")) {
            update.setLong(1, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
