package org.openmes.audit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    /** An update with every kind of text that needs escaping, and its fields out of order. */
    static RecordChange renaming(String reason) {
        return new RecordChange(OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"),
                new Actor("alice", ActorKind.USER, null), AuditAction.UPDATE, "PlantNode", "42",
                List.of(new FieldChange("name", "Old", "New"),
                        new FieldChange("description", null, "Line \"A\"\\ über\nsecond\u0001\t"),
                        new FieldChange("capacity.hoursPerDay", "16.00", "7.50")),
                reason, "it-1");
    }

    @Test
    void theCanonicalFormIsSortedCompactJsonOfEveryColumn() {
        assertEquals("{\"action\":\"UPDATE\",\"actor\":\"alice\",\"actor_kind\":\"USER\",\"changes\":{"
                        + "\"capacity.hoursPerDay\":{\"new\":\"7.50\",\"old\":\"16.00\"},"
                        + "\"description\":{\"new\":\"Line \\\"A\\\"\\\\ über\\nsecond\\u0001\\t\",\"old\":null},"
                        + "\"name\":{\"new\":\"New\",\"old\":\"Old\"}},"
                        + "\"correlation_id\":\"it-1\",\"entity_id\":\"42\",\"entity_type\":\"PlantNode\",\"kiosk\":null,"
                        + "\"occurred_at\":\"2026-03-01T08:15:30.123456Z\",\"reason\":\"Re-layout of hall 2\"}",
                AuditChain.canonicalForm(renaming("Re-layout of hall 2")));
    }

    /**
     * The value docs/audit.md's recipe gives: sha256(previous_hash + json.dumps(columns, sort_keys=True,
     * separators=(",", ":"), ensure_ascii=False)) in Python, computed there, not here.
     */
    @Test
    void theHashIsTheOneAnAuditorRecomputesWithOtherTools() {
        assertEquals("55a3430156cb31e2fcc696f39f88c6f63ba8b74d50acd1f93bbaeaf1e171d678",
                AuditChain.hash(AuditChain.GENESIS, renaming("Re-layout of hall 2")));
    }

    @Test
    void theHashCoversThePreviousHashAndEveryColumn() {
        String hash = AuditChain.hash(AuditChain.GENESIS, renaming("Re-layout of hall 2"));

        assertNotEquals(hash, AuditChain.hash("1".repeat(64), renaming("Re-layout of hall 2")));
        assertNotEquals(hash, AuditChain.hash(AuditChain.GENESIS, renaming("Re-layout of hall 3")));
        assertNotEquals(hash, AuditChain.hash(AuditChain.GENESIS, renaming(null)));
        RecordChange original = renaming("Re-layout of hall 2");
        RecordChange otherActor = new RecordChange(original.occurredAt(), new Actor("mallory", ActorKind.USER, null),
                original.action(), original.entityType(), original.entityId(), original.changes(), original.reason(),
                original.correlationId());
        assertNotEquals(hash, AuditChain.hash(AuditChain.GENESIS, otherActor));
    }

    @Test
    void theTimeIsWrittenInUtcToTheMicrosecondAsTheDatabaseKeepsIt() {
        RecordChange change = new RecordChange(OffsetDateTime.parse("2026-03-01T09:15:30.1234567+01:00"),
                new Actor("system", ActorKind.SYSTEM, null), AuditAction.CREATE, "PlantNode", "1", List.of(), null, null);

        assertEquals(OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"), change.occurredAt());
        assertEquals("{\"action\":\"CREATE\",\"actor\":\"system\",\"actor_kind\":\"SYSTEM\",\"changes\":{},"
                + "\"correlation_id\":null,\"entity_id\":\"1\",\"entity_type\":\"PlantNode\",\"kiosk\":null,"
                + "\"occurred_at\":\"2026-03-01T08:15:30.123456Z\",\"reason\":null}", AuditChain.canonicalForm(change));
    }
}
