package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PlantApi.EQUIPMENT;
import static org.openmes.it.PlantApi.WORK_CENTERS;
import static org.openmes.it.PlantApi.createChain;
import static org.openmes.it.PlantApi.edit;
import static org.openmes.it.PlantApi.etag;
import static org.openmes.it.PlantApi.id;
import static org.openmes.it.PlantApi.read;
import static org.openmes.it.PlantApi.update;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;
import org.openmes.it.PlantApi.Chain;

/**
 * The audit trail as an auditor relies on it: every change of a plant node is one entry with exactly the fields
 * that changed, written in the transaction of the change (nothing for a refused or rolled-back change, no change
 * without its entry), and the hash chain shows an entry altered behind the application's back.
 * <p>
 * Other test classes add entries to the same trail: assertions look at the entries of the nodes made here.
 */
class AuditTrailIT extends MesIntegrationTest {
    private static final String PLANT_NODE = "PlantNode";

    @Test
    void creatingANodeRecordsOneCreateEntryWithAllItsFields() {
        Chain chain = createChain();
        long workCenter = id(chain.workCenter());

        List<JsonObject> history = history(workCenter);
        assertEquals(1, history.size(), () -> "entries of the work center: " + history);
        JsonObject created = history.get(0);
        assertEquals("CREATE", created.getString("action"));
        assertEquals(PLANT_NODE, created.getString("entityType"));
        assertEquals(String.valueOf(workCenter), created.getString("entityId"));
        assertEquals(Identities.ADMIN, created.getString("actor"), "the signed-in caller whose token came with the call");
        assertEquals("USER", created.getString("actorKind"));
        assertEquals(Map.of(
                "active", "true",
                "capacity.averageSetupMinutes", "45",
                "capacity.efficiencyPercent", "85.00",
                "capacity.hoursPerDay", "16.00",
                "capacity.maxConcurrentJobs", "1",
                "code", "WC-" + chain.suffix(),
                "level", "WORK_CENTER",
                "name", "Work center WC-" + chain.suffix(),
                "parent", String.valueOf(id(chain.line()))), newValues(created));
        assertTrue(created.getJsonArray("changes").stream().allMatch(change -> change.asJsonObject().isNull("oldValue")),
                () -> "a created record had no values before: " + created);
    }

    @Test
    void anUpdateRecordsExactlyTheChangedFieldWithTheRequestsCorrelationIdAndReason() {
        JsonObject workCenter = read(WORK_CENTERS, id(createChain().workCenter()));
        String correlationId = "audit-it-" + PlantApi.suffix();

        Http.Response renamed = PlantApi.put(WORK_CENTERS, id(workCenter), edit(workCenter).add("name", "Turning cell 7"),
                "X-Correlation-Id", correlationId, "X-Change-Reason", "Renamed after the re-layout of hall 2");
        assertEquals(200, renamed.status(), renamed.body());

        List<JsonObject> history = history(id(workCenter));
        assertEquals(2, history.size(), () -> "create and update: " + history);
        JsonObject updated = history.get(0);
        assertEquals("UPDATE", updated.getString("action"));
        assertEquals(List.of(change("name", workCenter.getString("name"), "Turning cell 7")), changes(updated));
        assertEquals(correlationId, updated.getString("correlationId"));
        assertEquals("Renamed after the re-layout of hall 2", updated.getString("reason"));
    }

    @Test
    void aMoveAndADecimalChangeAreRecordedAsIdsAndPlainDecimals() {
        Chain chain = createChain();
        JsonObject workCenter = read(WORK_CENTERS, id(chain.workCenter()));
        JsonObject capacity = workCenter.getJsonObject("capacity");

        update(WORK_CENTERS, id(workCenter), edit(workCenter).add("parentId", id(chain.area()))
                .add("capacity", Json.createObjectBuilder(capacity).add("hoursPerDay", 7.5)));

        JsonObject updated = history(id(workCenter)).get(0);
        assertEquals(List.of(
                change("capacity.hoursPerDay", "16.00", "7.50"),
                change("parent", String.valueOf(id(chain.line())), String.valueOf(id(chain.area())))), changes(updated));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        JsonObject workCenter = read(WORK_CENTERS, id(createChain().workCenter()));

        JsonObject saved = update(WORK_CENTERS, id(workCenter), edit(workCenter));

        assertEquals(etag(workCenter), etag(saved), "nothing changed");
        assertEquals(1, history(id(workCenter)).size(), "only the creation");
    }

    @Test
    void refusedUpdatesRecordNothing() {
        Chain chain = createChain();
        JsonObject workCenter = read(WORK_CENTERS, id(chain.workCenter()));
        JsonObject sibling = PlantApi.create(WORK_CENTERS, PlantApi.workCenter(id(chain.line()), "SIB-" + chain.suffix()));
        update(WORK_CENTERS, id(workCenter), edit(workCenter).add("name", "First edit"));

        assertProblem(PlantApi.put(WORK_CENTERS, id(workCenter), edit(workCenter).add("name", "Edit of an old version")),
                409, "stale-version", "version");
        assertProblem(PlantApi.put(WORK_CENTERS, id(sibling), edit(sibling).add("code", "WC-" + chain.suffix())),
                409, "conflict", "code");

        assertEquals(2, history(id(workCenter)).size(), "create and the first edit only");
        assertEquals(1, history(id(sibling)).size(), "the creation only");
    }

    @Test
    void deletingANodeRecordsItsLastValues() {
        Chain chain = createChain();
        long subEquipment = id(chain.subEquipment());

        assertEquals(204, Http.delete(PlantApi.path(EQUIPMENT, subEquipment)).status());

        List<JsonObject> history = history(subEquipment);
        assertEquals(List.of("DELETE", "CREATE"), history.stream().map(entry -> entry.getString("action")).toList());
        JsonObject deleted = history.get(0);
        assertEquals(newValues(history.get(1)), oldValues(deleted), "what was created is what was deleted");
        assertTrue(deleted.getJsonArray("changes").stream().allMatch(change -> change.asJsonObject().isNull("newValue")));
    }

    @Test
    void aChangeWhoseCommitFailsLeavesNoEntryAlthoughItsEntryWasWritten() throws SQLException {
        JsonObject workCenter = read(WORK_CENTERS, id(createChain().workCenter()));
        String doomedName = "Fails at commit " + PlantApi.suffix();
        // a deferred constraint trigger fires at COMMIT: after the trail appended its entry in beforeCompletion
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("create function audit_it_fail_commit() returns trigger language plpgsql as $$"
                    + " begin raise exception 'refused at commit'; end; $$");
            sql.execute("create constraint trigger audit_it_fail_commit after update on plant_node"
                    + " deferrable initially deferred for each row when (new.name = '" + doomedName + "')"
                    + " execute function audit_it_fail_commit()");
        }
        try {
            long entriesBefore = lastAuditEntryId();

            Http.Response refused = PlantApi.put(WORK_CENTERS, id(workCenter), edit(workCenter).add("name", doomedName));

            assertProblem(refused, 500, "internal-error");
            assertTrue(lastAuditEntryId() > entriesBefore, "the entry was inserted (its id was drawn) before the commit failed");
        } finally {
            try (Connection db = database(); Statement sql = db.createStatement()) {
                sql.execute("drop trigger audit_it_fail_commit on plant_node");
                sql.execute("drop function audit_it_fail_commit()");
            }
        }
        assertEquals(workCenter.getString("name"), read(WORK_CENTERS, id(workCenter)).getString("name"), "rolled back");
        assertEquals(1, history(id(workCenter)).size(), "and its entry with it: only the creation is recorded");
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsRolledBack() throws SQLException {
        JsonObject workCenter = read(WORK_CENTERS, id(createChain().workCenter()));
        String refusedReason = "Refused by the audit table " + PlantApi.suffix();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("alter table audit_entry add constraint audit_it_refuse check (reason is distinct from '"
                    + refusedReason + "') not valid");
        }
        try {
            Http.Response refused = PlantApi.put(WORK_CENTERS, id(workCenter), edit(workCenter).add("name", "Never stored"),
                    "X-Change-Reason", refusedReason);

            assertProblem(refused, 500, "internal-error");
        } finally {
            try (Connection db = database(); Statement sql = db.createStatement()) {
                sql.execute("alter table audit_entry drop constraint audit_it_refuse");
            }
        }
        assertEquals(workCenter.getString("name"), read(WORK_CENTERS, id(workCenter)).getString("name"),
                "no change without its entry");
    }

    @Test
    void theChainIsIntactAndAnEntryAlteredBehindTheApplicationsBackIsFound() throws SQLException {
        JsonObject workCenter = read(WORK_CENTERS, id(createChain().workCenter()));
        update(WORK_CENTERS, id(workCenter), edit(workCenter).add("name", "Audited name"));
        long entry = history(id(workCenter)).get(0).getJsonNumber("id").longValue();

        JsonObject intact = verification();
        assertTrue(intact.getBoolean("intact"), intact::toString);
        assertTrue(intact.isNull("firstBrokenEntryId"), intact::toString);
        assertTrue(intact.getJsonNumber("lastEntryId").longValue() >= entry, intact::toString);

        String actor = alterEntry(entry, "actor", "mallory");
        try {
            JsonObject broken = verification();
            assertFalse(broken.getBoolean("intact"), broken::toString);
            assertEquals(entry, broken.getJsonNumber("firstBrokenEntryId").longValue(), broken::toString);
            assertTrue(broken.getString("problem").contains("altered"), broken::toString);
        } finally {
            alterEntry(entry, "actor", actor);
        }
        assertTrue(verification().getBoolean("intact"), "restored as it was");

        String changes = alterEntry(entry, "changes", "{\"name\": {\"old\": \"x\", \"new\": \"Audited name\"}}");
        try {
            assertEquals(entry, verification().getJsonNumber("firstBrokenEntryId").longValue());
        } finally {
            alterEntry(entry, "changes", changes);
        }
        assertTrue(verification().getBoolean("intact"), "restored as it was");
    }

    @Test
    void theTrailRefusesUpdatesAndDeletesWhileItsTriggersAreOn() throws SQLException {
        long entry = history(id(createChain().workCenter())).get(0).getJsonNumber("id").longValue();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_entry set actor = 'mallory' where id = " + entry));
            assertTrue(update.getMessage().contains("append-only"), update::getMessage);
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("delete from audit_entry where id = " + entry));
            assertTrue(delete.getMessage().contains("append-only"), delete::getMessage);
            SQLException truncate = assertThrows(SQLException.class, () -> sql.executeUpdate("truncate audit_entry"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate::getMessage);
        }
    }

    @Test
    void entriesAreFoundByRecordActorAndTimeAndReadOneByOne() {
        Instant before = Instant.now().minusSeconds(1);
        Http.Response created = Http.send(Http.request(PlantApi.path(PlantApi.ENTERPRISES))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        PlantApi.node(null, "E-" + PlantApi.suffix(), "Searched enterprise").build().toString())));
        assertEquals(201, created.status(), created.body());
        long enterprise = id(created.json());

        JsonObject entry = history(enterprise).get(0);
        assertEquals(created.header("X-Correlation-Id"), entry.getString("correlationId"),
                "without a client id, the one the server gave the call");
        JsonObject byActorAndTime = entries("actor=" + Identities.ADMIN + "&from=" + before + "&to=" + Instant.now().plusSeconds(60) + "&size=500");
        assertTrue(byActorAndTime.getJsonArray("items").stream().anyMatch(item -> item.asJsonObject().equals(entry)),
                byActorAndTime::toString);
        assertEquals(0, entries("entityType=PlantNode&entityId=" + enterprise + "&to=" + before).getInt("total"));

        Http.Response one = Http.get("api/audit/entries/" + entry.getJsonNumber("id"));
        assertEquals(200, one.status(), one.body());
        assertEquals(entry, one.json());
        assertEquals(64, entry.getString("hash").length());
    }

    @Test
    void badSearchesAreRefused() {
        assertProblem(Http.get("api/audit/entries?from=yesterday"), 400, "malformed-request", "from");
        assertProblem(Http.get("api/audit/entries?entityId=4"), 400, "invalid-input", "entityType");
        assertProblem(Http.get("api/audit/entries?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z"), 400, "invalid-input", "to");
        assertProblem(Http.get("api/audit/entries?size=0"), 400, "invalid-input", "size");
        assertProblem(Http.get("api/audit/entries/" + Long.MAX_VALUE), 404, "not-found");
        assertProblem(PlantApi.put(WORK_CENTERS, 1, PlantApi.node(null, "X", "Y"), "X-Change-Reason", "x".repeat(501)),
                400, "malformed-request", "X-Change-Reason");
    }

    @Test
    void theAuditPageRendersTheTrail() {
        Http.Response page = Http.send(Http.request("audit.xhtml").header("Accept", "text/html")
                .header("Cookie", BrowserSignOn.cookies(Identities.ADMIN)));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"entriesTable\""), "the entries table");
        assertTrue(page.body().contains("Verify chain"), "the verification");
        assertTrue(page.body().contains(PLANT_NODE), "entries are listed");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static JsonObject entries(String query) {
        Http.Response response = Http.get("api/audit/entries?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    /** The entries of one plant node, newest first. */
    private static List<JsonObject> history(long nodeId) {
        return entries("entityType=" + PLANT_NODE + "&entityId=" + nodeId + "&size=500").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject verification() {
        Http.Response response = Http.get("api/audit/verification");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static List<JsonObject> changes(JsonObject entry) {
        return entry.getJsonArray("changes").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject change(String field, String oldValue, String newValue) {
        return Json.createObjectBuilder().add("field", field).add("oldValue", oldValue)
                .add("newValue", newValue).build();
    }

    private static Map<String, String> newValues(JsonObject entry) {
        return values(entry, change -> change.getString("newValue"));
    }

    private static Map<String, String> oldValues(JsonObject entry) {
        return values(entry, change -> change.getString("oldValue"));
    }

    private static Map<String, String> values(JsonObject entry, Function<JsonObject, String> value) {
        return changes(entry).stream().collect(Collectors.toMap(change -> change.getString("field"), value));
    }

    /** The test database as its superuser, behind the application's back. */
    private static Connection database() throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        return DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user);
    }

    private static long lastAuditEntryId() throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement();
             ResultSet sequence = sql.executeQuery("select last_value from audit_entry_id_seq")) {
            assertTrue(sequence.next());
            return sequence.getLong(1);
        }
    }

    /**
     * Sets a column of an entry as someone with the database's keys could: with the append-only trigger switched
     * off for the moment. Returns the column's previous value (as text), to put it back.
     */
    private static String alterEntry(long entry, String column, String value) throws SQLException {
        String cast = "changes".equals(column) ? "::jsonb" : "";
        try (Connection db = database()) {
            db.setAutoCommit(false);
            String previous;
            try (PreparedStatement select = db.prepareStatement("select " + column + "::text from audit_entry where id = ?")) {
                select.setLong(1, entry);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "entry " + entry);
                    previous = row.getString(1);
                }
            }
            try (Statement sql = db.createStatement();
                 PreparedStatement alter = db.prepareStatement("update audit_entry set " + column + " = ?" + cast + " where id = ?")) {
                sql.execute("alter table audit_entry disable trigger audit_entry_append_only");
                alter.setString(1, value);
                alter.setLong(2, entry);
                assertEquals(1, alter.executeUpdate());
                sql.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
            db.commit();
            assertNotNull(previous);
            return previous;
        }
    }
}
