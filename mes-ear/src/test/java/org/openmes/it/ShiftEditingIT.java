package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Changing and deleting the time model and the schedule over REST: a shift pattern's new definition and breaks count
 * in the planned time, a calendar entry moved or deleted, a schedule entry moved onto another one's window refused
 * naming the field, each with optimistic locking.
 */
class ShiftEditingIT extends MesIntegrationTest {

    @Test
    void aChangedShiftPatternCountsWithItsNewBreaksAndIsDeletedOnceItsPeopleAndTargetsAreGone() {
        long line = Floor.newLine()[1];
        Http.Response created = Http.post("api/shifts/patterns", pattern(line, "06:00:00", 480).add("code", "early")
                .add("breaks", Json.createArrayBuilder().add(pause("Lunch", 240, 30))).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();

        Http.Response changed = Http.put("api/shifts/patterns/" + id, pattern(line, "07:00:00", 420).add("version", version)
                .add("breaks", Json.createArrayBuilder().add(pause("Coffee", 60, 15)).add(pause("Lunch", 210, 30))).build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("07:00:00", changed.json().getString("startTime"));
        assertEquals(2, changed.json().getJsonArray("breaks").size());
        JsonObject thursday = Http.get("api/shifts/planned-time?lineId=" + line + "&from=2026-01-08T00:00:00Z&to=2026-01-09T00:00:00Z").json();
        assertEquals(7 * 3600, thursday.getJsonNumber("potSeconds").longValue(), thursday::toString);
        assertEquals(45 * 60, thursday.getJsonNumber("pdotSeconds").longValue(), thursday::toString);

        assertProblem(Http.put("api/shifts/patterns/" + id, pattern(line, "07:00:00", 420).add("version", version).build().toString()),
                409, "stale-version");
        long current = changed.json().getJsonNumber("version").longValue();
        assertProblem(Http.put("api/shifts/patterns/" + id, pattern(line, "07:00:00", 60).add("version", current)
                .add("breaks", Json.createArrayBuilder().add(pause("Lunch", 210, 30))).build().toString()), 400, "invalid-input", "breaks");

        assertEquals(201, Http.post("api/shifts/assignments", Json.createObjectBuilder().add("patternId", id)
                .add("shiftDate", "2026-01-08").add("person", "operator").build().toString()).status());
        assertEquals(201, Http.post("api/shifts/targets", Json.createObjectBuilder().add("patternId", id)
                .add("validFrom", "2026-01-01").add("quantity", 5000).build().toString()).status());
        assertProblem(Http.delete("api/shifts/patterns/" + id + "?version=" + current), 409, "conflict", "id");
        JsonObject person = Http.get("api/shifts/assignments?patternId=" + id + "&from=2026-01-01&to=2026-01-31").jsonArray().getJsonObject(0);
        assertEquals("operator", person.getString("person"));
        assertEquals(204, Http.delete("api/shifts/assignments/" + person.getJsonNumber("id").longValue()).status());
        JsonObject target = Http.get("api/shifts/targets?patternId=" + id).jsonArray().getJsonObject(0);
        assertEquals(204, Http.delete("api/shifts/targets/" + target.getJsonNumber("id").longValue()).status());

        assertEquals(204, Http.delete("api/shifts/patterns/" + id + "?version=" + current).status());
        assertEquals(0, Http.get("api/shifts/patterns?lineId=" + line).jsonArray().size());
    }

    @Test
    void aCalendarEntryIsMovedAndDeletedWithItsVersion() {
        long line = Floor.newLine()[1];
        assertEquals(201, Http.post("api/shifts/patterns", pattern(line, "00:00:00", 1440).add("code", "day").build().toString()).status());
        Http.Response created = Http.post("api/shifts/calendar", calendar(line, "2026-03-03T10:00:00Z", "2026-03-03T11:00:00Z").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();

        Http.Response moved = Http.put("api/shifts/calendar/" + id, calendar(line, "2026-03-03T12:00:00Z", "2026-03-03T14:00:00Z")
                .add("version", version).build().toString());
        assertEquals(200, moved.status(), moved.body());
        assertEquals(2 * 3600, pdot(line), "the moved maintenance counts with its new span");
        assertProblem(Http.put("api/shifts/calendar/" + id, calendar(line, "2026-03-03T12:00:00Z", "2026-03-03T11:00:00Z")
                .add("version", moved.json().getJsonNumber("version").longValue()).build().toString()), 400, "invalid-input", "endsAt");
        assertProblem(Http.delete("api/shifts/calendar/" + id + "?version=" + version), 409, "stale-version");

        assertEquals(204, Http.delete("api/shifts/calendar/" + id + "?version=" + moved.json().getJsonNumber("version").longValue()).status());
        assertEquals(0, pdot(line));
    }

    @Test
    void aScheduleEntryMovedOntoAnotherIsRefusedNamingTheFieldAndOneGivenToAnOperatorStays() {
        long line = Floor.newLine()[1];
        Instant start = ExecutionApi.freeWindowStart();
        long first = ExecutionApi.plan(line, "P-1", start, start.plus(Duration.ofHours(4)));
        long second = ExecutionApi.plan(line, "P-2", start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(8)));
        JsonObject read = Http.get("api/schedule-entries/" + second).json();
        long version = read.getJsonNumber("version").longValue();

        assertProblem(Http.put("api/schedule-entries/" + second + "?version=" + version, entry(line, "P-2",
                start.plus(Duration.ofHours(3)), start.plus(Duration.ofHours(8)))), 409, "conflict", "plannedStart");
        Http.Response moved = Http.put("api/schedule-entries/" + second + "?version=" + version, entry(line, "P-2b",
                start.plus(Duration.ofHours(5)), start.plus(Duration.ofHours(9))));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("P-2b", moved.json().getString("productCode"));
        assertProblem(Http.put("api/schedule-entries/" + second + "?version=" + version, entry(line, "P-2c",
                start.plus(Duration.ofHours(5)), start.plus(Duration.ofHours(9)))), 409, "stale-version");

        ExecutionApi.assign(first, Identities.ADMIN);
        long firstVersion = Http.get("api/schedule-entries/" + first).json().getJsonNumber("version").longValue();
        assertProblem(Http.delete("api/schedule-entries/" + first + "?version=" + firstVersion), 409, "conflict", "id");
        assertEquals(204, Http.delete("api/schedule-entries/" + second + "?version=" + moved.json().getJsonNumber("version").longValue()).status());
        assertProblem(Http.get("api/schedule-entries/" + second), 404, "not-found");
    }

    private static JsonObjectBuilder pattern(long line, String start, int minutes) {
        return Json.createObjectBuilder().add("lineId", line).add("name", "Early shift").add("startTime", start)
                .add("durationMinutes", minutes).add("weekdays", Json.createArrayBuilder().add(1).add(2).add(3).add(4).add(5))
                .add("validFrom", "2026-01-01");
    }

    private static JsonObject pause(String name, int offset, int minutes) {
        return Json.createObjectBuilder().add("name", name).add("offsetMinutes", offset).add("durationMinutes", minutes).build();
    }

    private static JsonObjectBuilder calendar(long line, String from, String to) {
        return Json.createObjectBuilder().add("nodeId", line).add("kind", "PLANNED_MAINTENANCE").add("description", "Filter change")
                .add("startsAt", from).add("endsAt", to);
    }

    private static String entry(long line, String product, Instant start, Instant end) {
        return Json.createObjectBuilder().add("lineId", line).add("productCode", product).add("plannedQuantity", 500)
                .add("plannedStart", start.toString()).add("plannedEnd", end.toString()).add("priority", JsonValue.NULL).build().toString();
    }

    private static long pdot(long line) {
        JsonObject planned = Http.get("api/shifts/planned-time?lineId=" + line + "&from=2026-03-03T00:00:00Z&to=2026-03-04T00:00:00Z").json();
        return planned.getJsonNumber("pdotSeconds").longValue();
    }
}
