package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlatformIT extends MesIntegrationTest {

    @Test
    void readinessReportsTheDatabaseUp() {
        Http.Response ready = Http.get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject body = ready.json();
        assertEquals("UP", body.getString("status"));
        assertTrue(body.getJsonArray("checks").stream()
                .map(check -> check.asJsonObject())
                .anyMatch(check -> "database".equals(check.getString("name")) && "UP".equals(check.getString("status"))),
                ready.body());
    }

    @Test
    void livenessIsUp() {
        Http.Response live = Http.get("health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("UP", live.json().getString("status"));
    }

    @Test
    void theOpenApiDocumentDescribesThePlantApi() {
        Http.Response openApi = Http.send(Http.request("openapi").header("Accept", "application/json"));
        assertEquals(200, openApi.status());
        assertTrue(openApi.json().getJsonObject("paths").keySet().stream().anyMatch(path -> path.startsWith("/api/plant/")),
                "paths: " + openApi.json().getJsonObject("paths").keySet());
        assertEquals(200, Http.get("openapi/ui/").status());
    }

    @Test
    void theDemoPlantIsLoadedOnFirstStart() {
        Http.Response tree = Http.get("api/plant/tree");
        assertEquals(200, tree.status(), tree.body());
        assertTrue(tree.jsonArray().stream().map(node -> node.asJsonObject().getString("code")).anyMatch("ACME"::equals),
                tree.body());
    }

    @Test
    void thePlantCensusBatchJobRunsToCompletion() throws InterruptedException {
        Http.Response started = Http.post("api/batch/jobs/plant-census/executions", "");
        assertEquals(202, started.status(), started.body());
        long executionId = started.json().getJsonNumber("executionId").longValue();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject execution;
        do {
            Thread.sleep(200);
            execution = Http.get("api/batch/executions/" + executionId).json();
        } while (!"COMPLETED".equals(execution.getString("batchStatus")) && !"FAILED".equals(execution.getString("batchStatus"))
                && Instant.now().isBefore(deadline));
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
        assertTrue(execution.getString("exitStatus").contains("ENTERPRISE="), execution.toString());
    }

    @Test
    void anUnknownBatchJobIsNotFound() {
        Http.Response response = Http.post("api/batch/jobs/no-such-job/executions", "");
        assertEquals(404, response.status(), response.body());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
    }
}
