package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint × every demo caller: a caller whose role is granted the endpoint's permission gets an answer
 * other than 401/403 (2xx, or a 4xx about the request), every other caller 403 forbidden, and a request without a
 * token 401. The endpoints come from the deployed OpenAPI document, so an endpoint added without a rule in
 * {@link #RULES} fails the test; the grants come from {@code GET /api/security/roles}, so the test checks that the
 * services enforce what the data says.
 */
class AuthorizationMatrixIT extends MesIntegrationTest {
    /** Not a permission: any signed-in caller. */
    private static final String ANY_CALLER = "*";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)\\s*(?::[^}]*)?}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    /** The permission a 403's detail names. */
    private static final Pattern NAMED_PERMISSION = Pattern.compile("permission '([a-z.]+)'");

    /** What a call needs: a permission, and how to fill in its path and body (run afresh for every call). */
    private record Rule(String permission, Supplier<Call> call) {
    }

    private record Call(Map<String, String> parameters, String body) {
        static Call of(String... parameters) {
            return with(null, parameters);
        }

        static Call with(String body, String... parameters) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < parameters.length; i += 2) {
                values.put(parameters[i], parameters[i + 1]);
            }
            return new Call(values, body);
        }
    }

    /** A PPIC selection of one manufacturing order that does not exist (orders context). */
    private static final String PPIC_UNKNOWN_ITEM = "{\"items\":[{\"type\":\"MO\",\"id\":987654321}]}";
    private static Long matrixEquipment;

    /** The expected rules, keyed {@code METHOD /path} as the OpenAPI document names the endpoint. */
    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /api/plant/tree", new Rule("plant.view", Call::of));
        RULES.put("GET /api/plant/{levels}", new Rule("plant.view", () -> Call.of("levels", "enterprises")));
        RULES.put("POST /api/plant/{levels}", new Rule("plant.edit",
                () -> Call.with(enterprise().toString(), "levels", "enterprises")));
        RULES.put("GET /api/plant/{levels}/{id}", new Rule("plant.view",
                () -> Call.of("levels", "enterprises", "id", String.valueOf(newEnterprise().getJsonNumber("id").longValue()))));
        RULES.put("PUT /api/plant/{levels}/{id}", new Rule("plant.edit", () -> {
            JsonObject node = newEnterprise();
            return Call.with(Json.createObjectBuilder(node).add("name", "Renamed by the matrix").build().toString(),
                    "levels", "enterprises", "id", String.valueOf(node.getJsonNumber("id").longValue()));
        }));
        RULES.put("DELETE /api/plant/{levels}/{id}", new Rule("plant.edit",
                () -> Call.of("levels", "enterprises", "id", String.valueOf(newEnterprise().getJsonNumber("id").longValue()))));
        RULES.put("GET /api/audit/entries", new Rule("audit.read", Call::of));
        RULES.put("GET /api/audit/entries/{id}", new Rule("audit.read", () -> Call.of("id", String.valueOf(newestAuditEntry()))));
        RULES.put("GET /api/audit/verification", new Rule("audit.read", Call::of));
        RULES.put("POST /api/batch/jobs/{jobName}/executions", new Rule("report.generate", () -> Call.of("jobName", "plant-census")));
        RULES.put("GET /api/batch/executions/{executionId}", new Rule("report.view",
                () -> Call.of("executionId", String.valueOf(newJobExecution()))));
        RULES.put("GET /api/security/me", new Rule(ANY_CALLER, Call::of));
        RULES.put("GET /api/security/permissions", new Rule("role.manage", Call::of));
        RULES.put("GET /api/security/roles", new Rule("role.manage", Call::of));
        RULES.put("GET /api/security/roles/{role}", new Rule("role.manage", () -> Call.of("role", "VIEWER")));
        RULES.put("PUT /api/security/roles/{role}/permissions", new Rule("role.manage", () -> {
            // the viewer's grants as they are: allowed callers change nothing, so the matrix stays as seeded
            JsonObject viewer = AsCaller.expect(200, "admin", "GET", "api/security/roles/VIEWER", null);
            return Call.with(Json.createObjectBuilder().add("permissions", viewer.getJsonArray("permissions"))
                    .add("version", viewer.getJsonNumber("version").longValue()).build().toString(), "role", "VIEWER");
        }));
        RULES.put("GET /api/security/group-mappings", new Rule("role.manage", Call::of));
        RULES.put("POST /api/security/group-mappings", new Rule("role.manage", () -> Call.with(groupMapping().toString())));
        RULES.put("DELETE /api/security/group-mappings/{id}", new Rule("role.manage", () -> Call.of("id", String.valueOf(
                AsCaller.expect(201, "admin", "POST", "api/security/group-mappings", groupMapping().toString())
                        .getJsonNumber("id").longValue()))));
        RULES.put("GET /api/security/role-assignments", new Rule("user.manage", Call::of));
        RULES.put("POST /api/security/role-assignments", new Rule("user.manage", () -> Call.with(roleAssignment().toString())));
        RULES.put("DELETE /api/security/role-assignments/{id}", new Rule("user.manage", () -> Call.of("id", String.valueOf(
                AsCaller.expect(201, "admin", "POST", "api/security/role-assignments", roleAssignment().toString())
                        .getJsonNumber("id").longValue()))));
        RULES.put("GET /api/telemetry/status", new Rule("telemetry.view", Call::of));
        RULES.put("GET /api/telemetry/plcs", new Rule("telemetry.view", Call::of));
        // valid bodies: Bean Validation at the resource answers 400 before the service checks the permission
        RULES.put("POST /api/telemetry/plcs", new Rule("telemetry.configure", () -> Call.with(Json.createObjectBuilder()
                .add("code", "MX-" + PlantApi.suffix()).add("name", "Matrix PLC").add("connectionString", "modbus-tcp://127.0.0.1:1")
                .add("enabled", false).add("scanClasses", "slow=1000").add("requestTimeoutMillis", 1000).build().toString())));
        RULES.put("GET /api/telemetry/plcs/{code}", new Rule("telemetry.view", () -> Call.of("code", "NO-SUCH-PLC")));
        RULES.put("POST /api/telemetry/plcs/{code}/enable", new Rule("telemetry.configure", () -> Call.of("code", "NO-SUCH-PLC")));
        RULES.put("POST /api/telemetry/plcs/{code}/disable", new Rule("telemetry.configure", () -> Call.of("code", "NO-SUCH-PLC")));
        RULES.put("GET /api/telemetry/plcs/{code}/tags", new Rule("telemetry.view", () -> Call.of("code", "NO-SUCH-PLC")));
        RULES.put("POST /api/telemetry/plcs/{code}/tags", new Rule("telemetry.configure", () -> Call.with(
                "{\"name\":\"t\",\"address\":\"holding-register:1\",\"dataType\":\"INT\",\"scanClass\":\"slow\"}", "code", "NO-SUCH-PLC")));
        RULES.put("POST /api/telemetry/signal-mappings", new Rule("telemetry.configure", () -> Call.with(
                "{\"equipmentId\":987654321,\"signal\":\"RUNNING\",\"tagId\":987654321}")));
        RULES.put("GET /api/telemetry/equipment/{id}/events", new Rule("telemetry.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/telemetry/equipment/{id}/current-values", new Rule("telemetry.view", () -> Call.of("id", "987654321")));
        // telemetry: fault catalog (helper telemetry-ops)
        RULES.put("GET /api/telemetry/equipment/{id}/faults", new Rule("telemetry.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/telemetry/equipment/{id}/faults", new Rule("telemetry.configure", () -> Call.with(
                faultEntry(1).toString(), "id", String.valueOf(newEquipment()))));
        RULES.put("GET /api/telemetry/equipment/{id}/faults/{bit}", new Rule("telemetry.view", () -> Call.of("id", "987654321", "bit", "1")));
        RULES.put("PUT /api/telemetry/equipment/{id}/faults/{bit}", new Rule("telemetry.configure", () -> Call.with(
                Json.createObjectBuilder(faultEntry(1)).add("version", 0).build().toString(), "id", "987654321", "bit", "1")));
        RULES.put("DELETE /api/telemetry/equipment/{id}/faults/{bit}", new Rule("telemetry.configure",
                () -> Call.of("id", "987654321", "bit", "1")));
        // telemetry: on-demand tag access (helper telemetry-ops)
        RULES.put("GET /api/telemetry/plcs/{code}/tags/{name}/value", new Rule("telemetry.configure",
                () -> Call.of("code", "NO-SUCH-PLC", "name", "t")));
        RULES.put("PUT /api/telemetry/plcs/{code}/tags/{name}/value", new Rule("telemetry.configure",
                () -> Call.with("{\"value\":1}", "code", "NO-SUCH-PLC", "name", "t")));
        // telemetry: configuration update and delete (helper telemetry-config)
        RULES.put("PUT /api/telemetry/plcs/{code}", new Rule("telemetry.configure", () -> Call.with(Json.createObjectBuilder()
                .add("code", "NO-SUCH-PLC").add("name", "Matrix PLC").add("connectionString", "modbus-tcp://127.0.0.1:1")
                .add("scanClasses", "slow=1000").add("requestTimeoutMillis", 1000).add("version", 0).build().toString(),
                "code", "NO-SUCH-PLC")));
        RULES.put("DELETE /api/telemetry/plcs/{code}", new Rule("telemetry.configure", () -> Call.of("code", "NO-SUCH-PLC")));
        RULES.put("GET /api/telemetry/plcs/{code}/tags/{name}", new Rule("telemetry.view", () -> Call.of("code", "NO-SUCH-PLC", "name", "t")));
        RULES.put("PUT /api/telemetry/plcs/{code}/tags/{name}", new Rule("telemetry.configure", () -> Call.with(
                "{\"name\":\"t\",\"address\":\"holding-register:1\",\"dataType\":\"INT\",\"scanClass\":\"slow\",\"version\":0}",
                "code", "NO-SUCH-PLC", "name", "t")));
        RULES.put("DELETE /api/telemetry/plcs/{code}/tags/{name}", new Rule("telemetry.configure", () -> Call.of("code", "NO-SUCH-PLC", "name", "t")));
        RULES.put("GET /api/telemetry/signal-mappings", new Rule("telemetry.view", Call::of));
        RULES.put("GET /api/telemetry/signal-mappings/{id}", new Rule("telemetry.view", () -> Call.of("id", "987654321")));
        RULES.put("PUT /api/telemetry/signal-mappings/{id}", new Rule("telemetry.configure", () -> Call.with(
                "{\"equipmentId\":987654321,\"signal\":\"RUNNING\",\"tagId\":987654321,\"version\":0}", "id", "987654321")));
        RULES.put("DELETE /api/telemetry/signal-mappings/{id}", new Rule("telemetry.configure", () -> Call.of("id", "987654321")));
        // telemetry: history of active and retired tags (helper telemetry-topic)
        RULES.put("GET /api/telemetry/tags/{id}/samples", new Rule("telemetry.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/signatures", new Rule("plant.view", () -> Call.of()));
        RULES.put("GET /api/kiosks", new Rule("kiosk.manage", Call::of));
        RULES.put("POST /api/kiosks", new Rule("kiosk.manage", () -> Call.with(Json.createObjectBuilder()
                .add("code", "K-" + PlantApi.suffix()).add("name", "Matrix kiosk").build().toString())));
        RULES.put("POST /api/kiosks/{id}/enrolment-codes", new Rule("kiosk.manage", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/operator-badges", new Rule("kiosk.manage", () -> Call.with(Json.createObjectBuilder()
                .add("badgeNumber", "B-" + PlantApi.suffix()).add("principalName", "op-" + PlantApi.suffix().toLowerCase(Locale.ROOT))
                .add("displayName", "Matrix operator").add("pin", "1234").build().toString())));
        RULES.put("PUT /api/operator-badges/{id}/pin", new Rule("kiosk.manage", () -> Call.with("{\"pin\":\"1234\"}", "id", "987654321")));
        // parts, BOMs and routings (issue 6)
        RULES.put("GET /api/parts", new Rule("bom.view", Call::of));
        RULES.put("GET /api/parts/lookup", new Rule("bom.view", Call::of));
        RULES.put("GET /api/parts/{id}", new Rule("bom.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/parts", new Rule("bom.edit", () -> Call.with(PartApi.part("MX", "EA", "MAKE").build().toString())));
        RULES.put("PUT /api/parts/{id}", new Rule("bom.edit", () -> Call.with(
                PartApi.part("MX", "EA", "MAKE").add("version", 1).build().toString(), "id", "987654321")));
        RULES.put("POST /api/parts/{id}/revisions", new Rule("bom.edit", () -> Call.with("{\"revision\":\"B\"}", "id", "987654321")));
        RULES.put("GET /api/parts/{id}/where-used", new Rule("bom.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/parts/{partId}/bom", new Rule("bom.view", () -> Call.of("partId", "987654321")));
        RULES.put("GET /api/parts/{partId}/bom/explosion", new Rule("bom.view", () -> Call.of("partId", "987654321")));
        RULES.put("POST /api/parts/{partId}/bom/lines", new Rule("bom.edit", () -> Call.with("{}", "partId", "987654321")));
        RULES.put("PUT /api/parts/{partId}/bom/lines/{lineId}", new Rule("bom.edit", () -> Call.with("{\"version\":1}",
                "partId", "987654321", "lineId", "987654321")));
        RULES.put("DELETE /api/parts/{partId}/bom/lines/{lineId}", new Rule("bom.edit", () -> Call.of(
                "partId", "987654321", "lineId", "987654321")));
        RULES.put("GET /api/parts/{partId}/routing", new Rule("routing.view", () -> Call.of("partId", "987654321")));
        RULES.put("POST /api/parts/{partId}/routing", new Rule("routing.edit", () -> Call.of("partId", "987654321")));
        RULES.put("PUT /api/parts/{partId}/routing", new Rule("routing.edit", () -> Call.with(
                "{\"version\":1,\"operations\":[]}", "partId", "987654321")));
        RULES.put("GET /api/routing-templates", new Rule("routing.view", Call::of));
        RULES.put("POST /api/routing-templates", new Rule("routing.edit", () -> Call.with(Json.createObjectBuilder()
                .add("name", "Matrix " + UUID.randomUUID()).build().toString())));
        RULES.put("GET /api/routing-templates/{id}", new Rule("routing.view", () -> Call.of("id", "987654321")));
        RULES.put("PUT /api/routing-templates/{id}", new Rule("routing.edit", () -> Call.with(
                "{\"name\":\"Matrix\",\"version\":1}", "id", "987654321")));
        RULES.put("DELETE /api/routing-templates/{id}", new Rule("routing.edit", () -> Call.of("id", "987654321")));
        // orders context: customers, suppliers, quotes, customer orders, manufacturing orders, PPIC actions; valid bodies
        // naming records that do not exist, so an allowed caller gets a 4xx about the request and changes nothing
        RULES.put("GET /api/{kind}", new Rule("order.view", () -> Call.of("kind", "customers")));
        RULES.put("GET /api/{kind}/{id}", new Rule("order.view", () -> Call.of("kind", "suppliers", "id", "987654321")));
        RULES.put("POST /api/{kind}", new Rule("order.edit", () -> Call.with(Json.createObjectBuilder()
                .add("code", "MX-" + PlantApi.suffix()).add("name", "Matrix customer").add("paymentTerms", "NET_30")
                .build().toString(), "kind", "customers")));
        RULES.put("PUT /api/{kind}/{id}", new Rule("order.edit", () -> Call.with(Json.createObjectBuilder()
                .add("code", "MX-" + PlantApi.suffix()).add("name", "Matrix supplier").add("paymentTerms", "NET_30")
                .add("version", 0).build().toString(), "kind", "suppliers", "id", "987654321")));
        RULES.put("GET /api/quotes", new Rule("order.view", Call::of));
        RULES.put("GET /api/quotes/{id}", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/quotes", new Rule("order.edit", () -> Call.with(
                "{\"customerId\":987654321,\"validUntil\":\"2099-12-31\",\"lines\":[]}")));
        RULES.put("PUT /api/quotes/{id}", new Rule("order.edit", () -> Call.with(
                "{\"customerId\":987654321,\"validUntil\":\"2099-12-31\",\"lines\":[],\"version\":0}", "id", "987654321")));
        RULES.put("POST /api/quotes/{id}/send", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/quotes/{id}/reject", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/quotes/{id}/expire", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/quotes/{id}/approve", new Rule("order.approve", () -> Call.with("{}", "id", "987654321")));
        RULES.put("GET /api/customer-orders", new Rule("order.view", Call::of));
        RULES.put("GET /api/customer-orders/{id}", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/manufacturing-orders", new Rule("order.view", Call::of));
        RULES.put("GET /api/manufacturing-orders/{id}", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/manufacturing-orders", new Rule("order.edit", () -> Call.with(
                "{\"partId\":987654321,\"quantity\":5,\"dueDate\":\"2099-12-31\"}")));
        RULES.put("PUT /api/manufacturing-orders/{id}/batches", new Rule("schedule.edit", () -> Call.with(
                "{\"quantities\":[5],\"version\":0}", "id", "987654321")));
        RULES.put("GET /api/manufacturing-orders/{id}/batch-suggestion", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("PUT /api/manufacturing-orders/{id}/priority", new Rule("schedule.edit", () -> Call.with(
                "{\"priority\":2,\"version\":0}", "id", "987654321")));
        RULES.put("POST /api/manufacturing-orders/{id}/close", new Rule("order.approve", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/manufacturing-orders/{id}/cancel", new Rule("order.approve", () -> Call.of("id", "987654321")));
        // orders context: work travelers and the MO status dashboard (helper travelers); the traveler answers
        // application/problem+json too, so the matrix's Accept header reaches it
        RULES.put("GET /api/mo-batches/{id}/traveler", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/manufacturing-orders/dashboard", new Rule("order.view", Call::of));
        RULES.put("POST /api/ppic/approve", new Rule("order.approve", () -> Call.with(PPIC_UNKNOWN_ITEM)));
        RULES.put("POST /api/ppic/release", new Rule("mo.release", () -> Call.with(PPIC_UNKNOWN_ITEM)));
        RULES.put("POST /api/ppic/start", new Rule("mo.release", () -> Call.with(PPIC_UNKNOWN_ITEM)));
        RULES.put("POST /api/ppic/complete", new Rule("mo.release", () -> Call.with(PPIC_UNKNOWN_ITEM)));
        // orders context, workstation: queues, traveler scans and confirmations of batch operations; operations that do
        // not exist answer 404 once permitted, a queue asked for away from a kiosk without a work center 400
        RULES.put("GET /api/workstation/queue", new Rule("job.view", Call::of));
        RULES.put("GET /api/workstation/operations/{id}", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/workstation/scans/{code}", new Rule("job.view", () -> Call.of("code", "MES-OP-987654321")));
        RULES.put("POST /api/workstation/operations/{id}/start", new Rule("job.execute", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/workstation/operations/{id}/pause", new Rule("job.execute", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/workstation/operations/{id}/resume", new Rule("job.execute", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/workstation/operations/{id}/complete", new Rule("job.execute", () -> Call.with(
                "{\"goodQuantity\":1,\"scrapQuantity\":0,\"version\":0}", "id", "987654321")));
        RULES.put("POST /api/workstation/operations/{id}/material-choices", new Rule("job.execute", () -> Call.with(
                "{\"bomLineId\":1,\"materialId\":1}", "id", "987654321")));
        // quality context (branch quality): the QC queue, inspections of an operation or a batch, recording one;
        // operations and batches that do not exist answer 404 once permitted and change nothing
        RULES.put("GET /api/quality/queue", new Rule("quality.view", Call::of));
        RULES.put("GET /api/quality/operations/{id}/inspections", new Rule("quality.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/quality/batches/{id}/inspections", new Rule("quality.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/quality/operations/{id}/inspections", new Rule("quality.inspect", () -> Call.with(
                "{\"result\":\"PASS\",\"version\":0}", "id", "987654321")));
        // order fulfilment (branch fulfilment): customer POs, ready to ship, shipments, supplier POs and receipts;
        // records that do not exist, so an allowed caller gets a 4xx about the request and changes nothing
        RULES.put("POST /api/customer-orders/{id}/ready-to-ship", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/customer-orders/{id}/shipments", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/customer-orders/{id}/shipments", new Rule("order.edit", () -> Call.with(
                "{\"version\":0,\"shipDate\":\"2099-12-31\",\"carrier\":\"Matrix\"}", "id", "987654321")));
        RULES.put("GET /api/customer-orders/{id}/purchase-orders", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/customer-orders/{id}/purchase-orders", new Rule("order.edit", () -> Call.with(
                "{\"poNumber\":\"MX\",\"poDate\":\"2099-12-31\"}", "id", "987654321")));
        RULES.put("GET /api/shipments/{id}", new Rule("order.view", () -> Call.of("id", "987654321")));
        // commerce pages (branch commerce-pages): the packing list as a PDF; a shipment that does not exist
        RULES.put("GET /api/shipments/{id}/packing-list", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/supplier-purchase-orders", new Rule("order.view", Call::of));
        RULES.put("GET /api/supplier-purchase-orders/{id}", new Rule("order.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/supplier-purchase-orders", new Rule("order.edit", () -> Call.with(
                "{\"supplierId\":987654321,\"lines\":[]}")));
        RULES.put("PUT /api/supplier-purchase-orders/{id}", new Rule("order.edit", () -> Call.with(
                "{\"version\":0,\"lines\":[]}", "id", "987654321")));
        RULES.put("POST /api/supplier-purchase-orders/{id}/send", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/supplier-purchase-orders/{id}/cancel", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/supplier-purchase-orders/{id}/close", new Rule("order.edit", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/supplier-purchase-orders/{id}/receipts", new Rule("inventory.edit", () -> Call.with(
                "{\"version\":0,\"lines\":[]}", "id", "987654321")));
        // execution (jobs-andon): schedule entries and job assignments; ids that do not exist answer 404 once permitted
        RULES.put("GET /api/schedule-entries", new Rule("schedule.view", Call::of));
        RULES.put("POST /api/schedule-entries", new Rule("schedule.edit", () -> Call.with("{\"lineId\":987654321,\"productCode\":\"P\","
                + "\"plannedQuantity\":1,\"plannedStart\":\"2100-01-01T00:00:00Z\",\"plannedEnd\":\"2100-01-01T01:00:00Z\"}")));
        RULES.put("GET /api/schedule-entries/{id}", new Rule("schedule.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/job-assignments", new Rule("job.view", Call::of));
        RULES.put("GET /api/job-assignments/mine", new Rule("job.view", Call::of));
        RULES.put("POST /api/job-assignments", new Rule("job.assign", () -> Call.with("{\"scheduleEntryId\":987654321,\"operator\":\"op\"}")));
        RULES.put("GET /api/job-assignments/{id}", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/job-assignments/{id}/counted-quantities", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/job-assignments/{id}/accept", new Rule("job.execute", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/job-assignments/{id}/start", new Rule("job.execute", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/job-assignments/{id}/complete", new Rule("job.execute", () -> Call.with("{}", "id", "987654321")));
        RULES.put("POST /api/job-assignments/{id}/cancel", new Rule("job.assign", () -> Call.with("{\"reason\":\"r\"}", "id", "987654321")));
        RULES.put("POST /api/checklist-templates", new Rule("checklist.edit", () -> Call.with(
                "{\"scopeNodeId\":987654321,\"name\":\"x\",\"items\":[{\"kind\":\"TEXT\",\"label\":\"x\"}]}")));
        RULES.put("GET /api/checklist-templates", new Rule("job.view", Call::of));
        RULES.put("GET /api/checklist-templates/{id}", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/job-assignments/{id}/checklists", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/job-assignments/{id}/checklists/{templateId}", new Rule("checklist.complete", () -> Call.with(
                "{\"answers\":[]}", "id", "987654321", "templateId", "987654321")));
        RULES.put("GET /api/checklist-answers/{id}/photo", new Rule("job.view", () -> Call.of("id", "987654321")));
        // andon (jobs-andon)
        RULES.put("GET /api/andon/calls", new Rule("job.view", Call::of));
        RULES.put("POST /api/andon/calls", new Rule("andon.raise", () -> Call.with("{\"lineId\":987654321,\"kind\":\"HELP\"}")));
        RULES.put("GET /api/andon/calls/{id}", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/andon/calls/{id}/history", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/andon/calls/{id}/acknowledge", new Rule("andon.resolve", () -> Call.of("id", "987654321")));
        RULES.put("POST /api/andon/calls/{id}/resolve", new Rule("andon.resolve", () -> Call.with("{\"notes\":\"n\"}", "id", "987654321")));
        RULES.put("POST /api/andon/calls/{id}/escalate", new Rule("andon.resolve", () -> Call.with("{}", "id", "987654321")));
        RULES.put("GET /api/andon/escalation-rules", new Rule("job.view", Call::of));
        RULES.put("PUT /api/andon/escalation-rules/{priority}", new Rule("andon.resolve", () -> Call.with("{\"levels\":[]}", "priority", "LOW")));
        // andon notifications and people's contact details (andon-notify): names that do not exist answer 404, an empty contact 400
        RULES.put("GET /api/andon/calls/{id}/notifications", new Rule("job.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/security/contacts", new Rule("user.manage", Call::of));
        RULES.put("GET /api/security/contacts/{principal}", new Rule("user.manage", () -> Call.of("principal", "nobody-987654321")));
        RULES.put("PUT /api/security/contacts/{principal}", new Rule("user.manage", () -> Call.with("{}", "principal", "nobody-987654321")));
        RULES.put("DELETE /api/security/contacts/{principal}", new Rule("user.manage", () -> Call.of("principal", "nobody-987654321")));
        // who the MES knows from their sign-ins (group-members)
        RULES.put("GET /api/security/directory", new Rule("user.manage", Call::of));
        // shifts, downtime and OEE (issue 5): bodies that parse but name nothing, so a caller who may gets a 400 or 404
        RULES.put("GET /api/shifts/patterns", new Rule("schedule.view", Call::of));
        RULES.put("POST /api/shifts/patterns", new Rule("schedule.edit", () -> Call.with("{}")));
        RULES.put("GET /api/shifts/calendar", new Rule("schedule.view", Call::of));
        RULES.put("POST /api/shifts/calendar", new Rule("schedule.edit", () -> Call.with("{}")));
        RULES.put("POST /api/shifts/assignments", new Rule("schedule.edit", () -> Call.with("{}")));
        RULES.put("POST /api/shifts/targets", new Rule("schedule.edit", () -> Call.with("{}")));
        RULES.put("GET /api/shifts/planned-time", new Rule("schedule.view", Call::of));
        RULES.put("GET /api/downtime/reasons", new Rule("downtime.view", Call::of));
        RULES.put("POST /api/downtime/reasons", new Rule("plant.edit", () -> Call.with("{}")));
        RULES.put("PUT /api/downtime/reasons/{id}", new Rule("plant.edit", () -> Call.with("{}", "id", "987654321")));
        RULES.put("GET /api/downtime/events", new Rule("downtime.view", Call::of));
        RULES.put("POST /api/downtime/events", new Rule("downtime.record", () -> Call.with("{}")));
        RULES.put("GET /api/downtime/events/{id}", new Rule("downtime.view", () -> Call.of("id", "987654321")));
        RULES.put("PUT /api/downtime/events/{id}/reason", new Rule("downtime.record", () -> Call.with("{}", "id", "987654321")));
        RULES.put("POST /api/downtime/events/{id}/end", new Rule("downtime.record", () -> Call.with("{}", "id", "987654321")));
        RULES.put("POST /api/downtime/events/{id}/split", new Rule("downtime.record", () -> Call.with("{}", "id", "987654321")));
        RULES.put("POST /api/downtime/events/{id}/merge", new Rule("downtime.record", () -> Call.with("{}", "id", "987654321")));
        RULES.put("POST /api/downtime/events/{id}/confirmation", new Rule("downtime.confirm", () -> Call.with("{}", "id", "987654321")));
        RULES.put("GET /api/oee/equipment/{id}", new Rule("oee.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/oee/lines/{id}", new Rule("oee.view", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/oee/ideal-cycle-times", new Rule("oee.view", Call::of));
        RULES.put("PUT /api/oee/ideal-cycle-times", new Rule("plant.edit", () -> Call.with("{}")));
        // floor-pages: changing and deleting the time model and schedule entries; ids that do not exist answer 404 once permitted
        RULES.put("PUT /api/shifts/patterns/{id}", new Rule("schedule.edit", () -> Call.with("{}", "id", "987654321")));
        RULES.put("DELETE /api/shifts/patterns/{id}", new Rule("schedule.edit", () -> Call.of("id", "987654321")));
        RULES.put("PUT /api/shifts/calendar/{id}", new Rule("schedule.edit", () -> Call.with("{}", "id", "987654321")));
        RULES.put("DELETE /api/shifts/calendar/{id}", new Rule("schedule.edit", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/shifts/assignments", new Rule("schedule.view", Call::of));
        RULES.put("DELETE /api/shifts/assignments/{id}", new Rule("schedule.edit", () -> Call.of("id", "987654321")));
        RULES.put("GET /api/shifts/targets", new Rule("schedule.view", Call::of));
        RULES.put("DELETE /api/shifts/targets/{id}", new Rule("schedule.edit", () -> Call.of("id", "987654321")));
        RULES.put("PUT /api/schedule-entries/{id}", new Rule("schedule.edit", () -> Call.with("{}", "id", "987654321")));
        RULES.put("DELETE /api/schedule-entries/{id}", new Rule("schedule.edit", () -> Call.of("id", "987654321")));
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> endpoints = endpoints();
        Set<String> withoutRule = new TreeSet<>(endpoints);
        withoutRule.removeAll(RULES.keySet());
        Set<String> ruleWithoutEndpoint = new TreeSet<>(RULES.keySet());
        ruleWithoutEndpoint.removeAll(endpoints);
        assertEquals(Set.of(), withoutRule, "endpoints without a rule in AuthorizationMatrixIT.RULES");
        assertEquals(Set.of(), ruleWithoutEndpoint, "rules of endpoints that no longer exist");
    }

    @Test
    void everyCallerReachesExactlyTheEndpointsItsRoleIsGranted() {
        Map<String, Set<String>> grants = grantsByRole();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Rule rule = RULES.get(endpoint);
            if (rule == null) {
                continue; // reported by everyEndpointHasARule
            }
            for (String caller : Identities.DEMO_CALLERS) {
                boolean allowed = ANY_CALLER.equals(rule.permission())
                        || grants.getOrDefault(Identities.roleOf(caller), Set.of()).contains(rule.permission());
                Http.Response response = call(caller, endpoint, rule);
                boolean refused = response.status() == 401 || response.status() == 403;
                if (allowed == refused || response.status() >= 500) {
                    wrong.add(caller + " " + endpoint + " (" + rule.permission() + "): expected "
                            + (allowed ? "access" : "403") + " but got " + response.status() + " " + response.body());
                } else if (!allowed) {
                    // the refusal names a permission the caller lacks: the endpoint's own, or one of a read it does first
                    Matcher named = NAMED_PERMISSION.matcher(assertProblem(response, 403, "forbidden").getString("detail"));
                    if (!named.find() || grants.getOrDefault(Identities.roleOf(caller), Set.of()).contains(named.group(1))) {
                        wrong.add(caller + " " + endpoint + ": the 403 names no permission the caller lacks: " + response.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEndpointRefusesARequestWithoutAToken() {
        List<String> open = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Rule rule = RULES.get(endpoint);
            if (rule == null) {
                continue;
            }
            Http.Response response = call(null, endpoint, rule);
            if (response.status() != 401) {
                open.add(endpoint + " answered " + response.status());
            }
        }
        assertEquals(List.of(), open);
    }

    /** Every operation of the OpenAPI document as {@code METHOD /path}, path parameters without their patterns. */
    private static Set<String> endpoints() {
        Http.Response openApi = Http.send(Http.request("openapi").header("Accept", "application/json"));
        assertEquals(200, openApi.status(), openApi.body());
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<String, JsonValue> path : openApi.json().getJsonObject("paths").entrySet()) {
            String template = PARAMETER.matcher(path.getKey()).replaceAll("{$1}");
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (METHODS.contains(method)) {
                    endpoints.add(method.toUpperCase(Locale.ROOT) + " " + template);
                }
            }
        }
        return endpoints;
    }

    private static Http.Response call(String caller, String endpoint, Rule rule) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        Call call = rule.call().get();
        Matcher parameter = PARAMETER.matcher(endpoint.substring(endpoint.indexOf(' ') + 2));
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, Matcher.quoteReplacement(call.parameters().get(parameter.group(1))));
        }
        parameter.appendTail(path);
        return AsCaller.send(caller, method, path.toString(), call.body());
    }

    /** Role code → permission codes, as stored now. */
    private static Map<String, Set<String>> grantsByRole() {
        Http.Response roles = AsCaller.get("admin", "api/security/roles");
        assertEquals(200, roles.status(), roles.body());
        Map<String, Set<String>> grants = new HashMap<>();
        for (JsonValue role : roles.jsonArray()) {
            grants.put(role.asJsonObject().getString("code"), new TreeSet<>(role.asJsonObject().getJsonArray("permissions")
                    .getValuesAs(JsonString::getString)));
        }
        return grants;
    }

    private static JsonObject enterprise() {
        String code = "MX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return Json.createObjectBuilder().add("code", code).add("name", "Matrix " + code).build();
    }

    private static JsonObject newEnterprise() {
        return AsCaller.expect(201, "admin", "POST", "api/plant/enterprises", enterprise().toString());
    }

    private static long newestAuditEntry() {
        newEnterprise();
        return AsCaller.expect(200, "admin", "GET", "api/audit/entries?size=1", null)
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long newJobExecution() {
        return AsCaller.expect(202, "admin", "POST", "api/batch/jobs/plant-census/executions", null)
                .getJsonNumber("executionId").longValue();
    }

    /** One piece of equipment for every caller: a second allowed POST of the same bit is a 409, which is access too. */
    private static long newEquipment() {
        if (matrixEquipment == null) {
            matrixEquipment = PlantApi.id(PlantApi.createChain().equipment());
        }
        return matrixEquipment;
    }

    private static JsonObject faultEntry(int bit) {
        return Json.createObjectBuilder().add("bit", bit).add("code", "MX").add("text", "Matrix fault").add("severity", "STOP")
                .add("downtimeCategory", "UNPLANNED").add("andonPriority", "HIGH").build();
    }

    private static JsonObject groupMapping() {
        return Json.createObjectBuilder().add("groupName", "matrix-" + UUID.randomUUID()).add("role", "VIEWER").build();
    }

    private static JsonObject roleAssignment() {
        return Json.createObjectBuilder().add("principalName", "matrix-" + UUID.randomUUID()).add("role", "VIEWER")
                .add("reason", "authorization matrix test").build();
    }
}
