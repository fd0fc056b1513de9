package org.openmes.audit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    private static final List<FieldChange> CHANGES = List.of(
            new FieldChange("capacity.hoursPerDay", "16.00", "7.50"),
            new FieldChange("description", null, "Line \"A\"\nü"));

    @Test
    void changesAreWrittenByFieldWithOldAndNew() {
        assertEquals("{\"capacity.hoursPerDay\":{\"new\":\"7.50\",\"old\":\"16.00\"},"
                + "\"description\":{\"new\":\"Line \\\"A\\\"\\nü\",\"old\":null}}", CanonicalJson.ofChanges(CHANGES));
    }

    @Test
    void changesAreReadBackFromTheDatabasesOwnJsonText() {
        // jsonb prints members shortest name first and with blanks: another text, the same changes
        String jsonb = "{\"description\": {\"new\": \"Line \\\"A\\\"\\nü\", \"old\": null}, "
                + "\"capacity.hoursPerDay\": {\"new\": \"7.50\", \"old\": \"16.00\"}}";

        assertEquals(Optional.of(List.of(CHANGES.get(1), CHANGES.get(0))), CanonicalJson.parseChanges(jsonb));
        assertEquals(CanonicalJson.ofChanges(CHANGES), CanonicalJson.ofChanges(CanonicalJson.parseChanges(jsonb).orElseThrow()));
    }

    @Test
    void anythingElseIsNotChangesTheTrailWrote() {
        for (String json : List.of("[]", "{\"name\": \"x\"}", "{\"name\": {\"old\": 1, \"new\": \"x\"}}",
                "{\"name\": {\"old\": null}}", "{\"name\": {\"old\": null, \"new\": \"x\", \"by\": \"me\"}}",
                "{\"\": {\"old\": null, \"new\": \"x\"}}", "not json")) {
            assertTrue(CanonicalJson.parseChanges(json).isEmpty(), json);
        }
    }
}
