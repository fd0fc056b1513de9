package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The andon REST API as the tests call it: escalation rules of a line, raising a call, its history. */
final class AndonApi {
    static final String CALLS = "api/andon/calls";

    private AndonApi() {
    }

    /** One escalation level: timeouts in seconds, one recipient ({@code role:…}, {@code user:…}). */
    static JsonObject level(int level, int acknowledgeSeconds, int resolveSeconds, String recipient) {
        return Json.createObjectBuilder().add("level", level).add("acknowledgeTimeoutSeconds", acknowledgeSeconds)
                .add("resolveTimeoutSeconds", resolveSeconds).add("recipients", Json.createArrayBuilder().add(recipient)).build();
    }

    /** Sets the escalation levels of {@code priority} on {@code line}, as the demo admin. */
    static void rules(long line, String priority, JsonObject... levels) {
        Http.Response set = Http.put("api/andon/escalation-rules/" + priority + "?lineId=" + line,
                Json.createObjectBuilder().add("levels", Json.createArrayBuilder(List.of((Object[]) levels))).build().toString());
        assertEquals(200, set.status(), set.body());
    }

    /** Raises a call as {@code caller}; {@code priority} and {@code description} may be null. */
    static JsonObject raise(String caller, long line, String kind, String priority, String description) {
        var body = Json.createObjectBuilder().add("lineId", line).add("kind", kind);
        if (priority != null) {
            body.add("priority", priority);
        }
        if (description != null) {
            body.add("description", description);
        }
        return AsCaller.expect(201, caller, "POST", CALLS, body.build().toString());
    }

    static JsonArray history(long call) {
        return Http.get(CALLS + "/" + call + "/history").jsonArray();
    }

    /** The kinds of the call's history events, oldest first. */
    static List<String> historyKinds(long call) {
        return history(call).stream().map(event -> event.asJsonObject().getString("kind")).toList();
    }

    /** The first history event of {@code kind}, waiting up to {@code patience} for it. */
    static JsonObject await(long call, String kind, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (var event : history(call)) {
                if (kind.equals(event.asJsonObject().getString("kind"))) {
                    return event.asJsonObject();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + kind + " within " + patience.toSeconds() + " s: " + history(call));
    }
}
