package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The administration of access control over REST, and that what it changes takes effect at once. */
class AccessControlIT extends MesIntegrationTest {
    private static final String AUDIT = "api/audit/entries?size=1";

    @Test
    void grantingAPermissionGivesItAtOnceAndRevokingItTakesItAway() {
        assertEquals(403, AsCaller.get("viewer", AUDIT).status());
        List<String> seeded = permissions("VIEWER");
        try {
            setPermissions("VIEWER", plus(seeded, "audit.read"));
            assertEquals(200, AsCaller.get("viewer", AUDIT).status());
            assertTrue(me("viewer").getJsonArray("permissions").getValuesAs(JsonString::getString).contains("audit.read"));
        } finally {
            setPermissions("VIEWER", seeded);
        }
        assertProblem(AsCaller.get("viewer", AUDIT), 403, "forbidden");
    }

    @Test
    void aGroupMappingGivesEveryMemberTheRoleUntilItIsRemoved() {
        assertEquals(403, AsCaller.get("operator", AUDIT).status());
        JsonObject mapping = AsCaller.expect(201, "admin", "POST", "api/security/group-mappings",
                Json.createObjectBuilder().add("groupName", "mes-operator").add("role", "QUALITY").build().toString());
        try {
            assertEquals(200, AsCaller.get("operator", AUDIT).status());
            assertTrue(me("operator").getJsonArray("roles").getValuesAs(JsonString::getString).containsAll(List.of("QUALITY", "OPERATOR")));
        } finally {
            AsCaller.expect(204, "admin", "DELETE", "api/security/group-mappings/" + mapping.getJsonNumber("id"), null);
        }
        assertEquals(403, AsCaller.get("operator", AUDIT).status());
    }

    @Test
    void aRoleAssignedInTheMesAddsToTheGroupRolesAndSaysWhoAndWhy() {
        String enterprise = Json.createObjectBuilder().add("code", "AC-" + UUID.randomUUID().toString().substring(0, 8))
                .add("name", "Assigned engineer's enterprise").build().toString();
        assertEquals(403, AsCaller.send("viewer", "POST", "api/plant/enterprises", enterprise).status());
        JsonObject assignment = AsCaller.expect(201, "admin", "POST", "api/security/role-assignments",
                Json.createObjectBuilder().add("principalName", "viewer").add("role", "ENGINEER")
                        .add("reason", "covers for the process engineer this week").build().toString());
        try {
            assertEquals("admin", assignment.getString("assignedBy"));
            assertEquals("covers for the process engineer this week", assignment.getString("reason"));
            assertEquals(201, AsCaller.send("viewer", "POST", "api/plant/enterprises", enterprise).status());
        } finally {
            AsCaller.expect(204, "admin", "DELETE", "api/security/role-assignments/" + assignment.getJsonNumber("id"), null);
        }
        assertEquals(403, AsCaller.send("viewer", "POST", "api/plant/enterprises", enterprise).status());
    }

    @Test
    void meTellsEveryCallerItsKindRolesAndPermissions() {
        JsonObject viewer = me("viewer");
        assertEquals("viewer", viewer.getString("name"));
        assertEquals("USER", viewer.getString("kind"));
        assertEquals(List.of("VIEWER"), viewer.getJsonArray("roles").getValuesAs(JsonString::getString));
        List<String> permissions = viewer.getJsonArray("permissions").getValuesAs(JsonString::getString);
        assertTrue(permissions.contains("plant.view"));
        assertFalse(permissions.contains("plant.edit"));

        JsonObject erp = me("erp");
        assertEquals("SERVICE", erp.getString("kind"));
        assertEquals(List.of("ERP_SYSTEM"), erp.getJsonArray("roles").getValuesAs(JsonString::getString));
    }

    @Test
    void aCallerWithoutTheRightIsToldWhichPermissionItLacks() {
        JsonObject problem = assertProblem(AsCaller.send("planner", "PUT", "api/security/roles/VIEWER/permissions",
                body(List.of("plant.view"), 0)), 403, "forbidden");
        assertTrue(problem.getString("detail").contains("'role.manage'"), problem.toString());
    }

    @Test
    void aRequestWithoutATokenIsNotAuthenticated() {
        assertEquals(401, AsCaller.get(null, "api/security/me").status());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long version = version("PLANNER");
        assertProblem(AsCaller.send("admin", "PUT", "api/security/roles/PLANNER/permissions",
                body(List.of("plant.view", "plant.fly"), version)), 400, "invalid-input", "permissions[1]");
        assertProblem(AsCaller.send("admin", "PUT", "api/security/roles/PLANNER/permissions",
                Json.createObjectBuilder().add("permissions", Json.createArrayBuilder()).build().toString()), 400, "invalid-input", "version");
        assertProblem(AsCaller.send("admin", "POST", "api/security/group-mappings",
                Json.createObjectBuilder().add("groupName", "mes-pilots").add("role", "PILOT").build().toString()), 400, "invalid-input", "role");
        assertProblem(AsCaller.send("admin", "POST", "api/security/role-assignments",
                Json.createObjectBuilder().add("principalName", "max").add("role", "VIEWER").build().toString()), 400, "validation-failed", "reason");
        assertProblem(AsCaller.get("admin", "api/security/roles/PILOT"), 404, "not-found");
        assertProblem(AsCaller.send("admin", "DELETE", "api/security/group-mappings/999999999", null), 404, "not-found");
    }

    @Test
    void theAdministratorRoleKeepsTheRightToManageAccess() {
        assertProblem(AsCaller.send("admin", "PUT", "api/security/roles/ADMIN/permissions",
                body(List.of("plant.view"), version("ADMIN"))), 400, "invalid-input", "permissions");
    }

    @Test
    void aStaleVersionOrADuplicateIsAConflict() {
        List<String> seeded = permissions("MAINTENANCE");
        long version = version("MAINTENANCE");
        Http.Response saved = AsCaller.send("admin", "PUT", "api/security/roles/MAINTENANCE/permissions",
                body(plus(seeded, "report.generate"), version), "If-Match", "\"" + version + "\"");
        try {
            assertEquals(200, saved.status(), saved.body());
            assertEquals("\"" + (version + 1) + "\"", saved.header("ETag"));
            assertProblem(AsCaller.send("admin", "PUT", "api/security/roles/MAINTENANCE/permissions",
                    body(seeded, version)), 409, "stale-version", "version");
        } finally {
            setPermissions("MAINTENANCE", seeded);
        }
        String mapping = Json.createObjectBuilder().add("groupName", "mes-viewer").add("role", "VIEWER").build().toString();
        assertProblem(AsCaller.send("admin", "POST", "api/security/group-mappings", mapping), 409, "conflict", "groupName");
    }

    private static JsonObject me(String caller) {
        return AsCaller.expect(200, caller, "GET", "api/security/me", null);
    }

    private static List<String> permissions(String role) {
        return AsCaller.expect(200, "admin", "GET", "api/security/roles/" + role, null).getJsonArray("permissions")
                .getValuesAs(JsonString::getString);
    }

    private static long version(String role) {
        return AsCaller.expect(200, "admin", "GET", "api/security/roles/" + role, null).getJsonNumber("version").longValue();
    }

    private static void setPermissions(String role, List<String> permissions) {
        AsCaller.expect(200, "admin", "PUT", "api/security/roles/" + role + "/permissions", body(permissions, version(role)));
    }

    private static List<String> plus(List<String> permissions, String permission) {
        return Stream.concat(permissions.stream(), Stream.of(permission)).toList();
    }

    private static String body(List<String> permissions, long version) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        permissions.forEach(codes::add);
        JsonArray array = codes.build();
        return Json.createObjectBuilder().add("permissions", array).add("version", version).build().toString();
    }
}
