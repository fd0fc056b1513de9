package org.openmes.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/** Quality inspections through the REST API, recorded by the demo inspector (role QUALITY). */
final class QualityApi {
    static final String INSPECTOR = "quality";
    private static final String OPERATOR = "operator";

    private QualityApi() {
    }

    /** Records {@code result} on batch operation {@code operation} (its id and version), as the inspector. */
    static Http.Response inspect(JsonObject operation, String result, String rejected, String defect) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("result", result)
                .add("version", operation.getJsonNumber("version")).add("measurement", "Ø 20.01 mm");
        if (rejected != null) {
            body.add("quantityRejected", new BigDecimal(rejected));
        }
        if (defect != null) {
            body.add("defectReason", defect);
        }
        return AsCaller.send(INSPECTOR, "POST", "api/quality/operations/" + operation.getJsonNumber("id") + "/inspections",
                body.build().toString());
    }

    /** Passes every good unit the operation awaits inspection with; the recorded inspection. */
    static JsonObject pass(JsonObject operation) {
        Http.Response passed = inspect(operation, "PASS", null, null);
        if (passed.status() != 201) {
            throw new AssertionError("PASS refused: " + passed.status() + " " + passed.body());
        }
        return passed.json();
    }

    /**
     * Runs released batch {@code batchId} through its operations at the workstation (as the operator, every unit
     * good), the inspector passing each operation with a quality check, until the batch is completed.
     */
    static void runThrough(long batchId) {
        while (true) {
            Http.Response next = AsCaller.send(OPERATOR, "GET", "api/workstation/scans/MES-BATCH-" + batchId, null);
            if (next.status() == 409) {
                return;
            }
            JsonObject operation = next.json();
            String path = "api/workstation/operations/" + operation.getJsonNumber("id");
            if ("QUEUED".equals(operation.getString("status"))) {
                operation = AsCaller.expect(200, OPERATOR, "POST", path + "/start?version=" + operation.getJsonNumber("version"), "");
            }
            if (!"AWAITING_INSPECTION".equals(operation.getString("status"))) {
                operation = AsCaller.expect(200, OPERATOR, "POST", path + "/complete", Json.createObjectBuilder()
                        .add("goodQuantity", operation.getJsonNumber("receivedQuantity")).add("scrapQuantity", 0)
                        .add("version", operation.getJsonNumber("version")).build().toString());
            }
            if ("AWAITING_INSPECTION".equals(operation.getString("status"))) {
                pass(operation);
            }
        }
    }
}
