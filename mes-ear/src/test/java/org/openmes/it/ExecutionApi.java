package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Schedule entries and job assignments over REST, for the execution tests. */
final class ExecutionApi {
    static final String ENTRIES = "api/schedule-entries";
    static final String JOBS = "api/job-assignments";

    private ExecutionApi() {
    }

    /**
     * A start of windows no other test uses: a random hour within a few centuries, so that tests which put the same
     * operator on windows do not meet each other's jobs.
     */
    static Instant freeWindowStart() {
        return Instant.parse("2100-01-01T00:00:00Z").plus(Duration.ofHours(ThreadLocalRandom.current().nextLong(2_000_000)));
    }

    static Http.Response planResponse(long lineId, String product, Instant start, Instant end) {
        return Http.post(ENTRIES, Json.createObjectBuilder().add("lineId", lineId).add("productCode", product)
                .add("plannedQuantity", 1000).add("plannedStart", start.toString()).add("plannedEnd", end.toString())
                .add("priority", "HIGH").build().toString());
    }

    static long plan(long lineId, String product, Instant start, Instant end) {
        Http.Response planned = planResponse(lineId, product, start, end);
        assertEquals(201, planned.status(), planned.body());
        return planned.json().getJsonNumber("id").longValue();
    }

    static Http.Response assignResponse(long entryId, String operator) {
        return Http.post(JOBS, Json.createObjectBuilder().add("scheduleEntryId", entryId).add("operator", operator).build().toString());
    }

    static long assign(long entryId, String operator) {
        Http.Response assigned = assignResponse(entryId, operator);
        assertEquals(201, assigned.status(), assigned.body());
        return assigned.json().getJsonNumber("id").longValue();
    }

    /** A lifecycle step ({@code accept}, {@code start}, …) as the demo user {@code caller}. */
    static Http.Response step(String caller, long jobId, String step, String body) {
        return AsCaller.send(caller, "POST", JOBS + "/" + jobId + "/" + step, body == null ? "{}" : body);
    }

    static JsonObject stepOk(String caller, long jobId, String step, String body) {
        Http.Response response = step(caller, jobId, step, body);
        assertEquals(200, response.status(), step + ": " + response.body());
        return response.json();
    }
}
