package org.openmes.audit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.WorkCenter;

class RecordShapeTest {
    private static final RecordShape MACHINE = RecordShape.of(Machine.class);

    private static Machine machine() {
        Machine machine = new Machine(7, "Filler");
        machine.speed = new BigDecimal("300.0");
        machine.serial = new Machine.SerialNumber("SN-1");
        machine.commissionedAt = OffsetDateTime.parse("2026-03-01T09:00:00+01:00");
        machine.shifts = 2;
        machine.limits = new Machine.Limits("1.5", "1E+3");
        machine.line = new Machine(3, "Bottling line");
        return machine;
    }

    @Test
    void theRecordedFieldsAreTheRowsValuesByJavaPath() {
        assertEquals(List.of("active", "commissionedAt", "limits.max", "limits.min", "line", "name", "serial", "shifts",
                "speed", "status"), MACHINE.fields(), "no id, version, audit stamps, transient or mapped-by fields");
        assertEquals("Machine", MACHINE.entityType());
        assertEquals("7", MACHINE.idOf(machine()));
    }

    @Test
    void aCreatedRecordListsEveryValueAsCanonicalText() {
        Machine machine = machine();
        machine.name = null;

        assertEquals(List.of(
                new FieldChange("active", null, "true"),
                new FieldChange("commissionedAt", null, "2026-03-01T08:00:00Z"),
                new FieldChange("limits.max", null, "1000"),
                new FieldChange("limits.min", null, "1.5"),
                new FieldChange("line", null, "3"),
                new FieldChange("serial", null, "SN-1"),
                new FieldChange("shifts", null, "2"),
                new FieldChange("speed", null, "300.0"),
                new FieldChange("status", null, "STOPPED")), MACHINE.stateOf(machine).asCreated(),
                "values without a value are left out; decimals plain, times in UTC, enums by name, value objects"
                        + " by their value, references by id");
    }

    @Test
    void anUpdateListsExactlyTheChangedFieldsFromOldToNew() {
        Machine machine = machine();
        RecordState loaded = MACHINE.stateOf(machine);

        machine.name = "Rotary filler";
        machine.status = Machine.Status.RUNNING;
        machine.limits = new Machine.Limits("1.5", "900");
        machine.line = new Machine(4, "Canning line");
        machine.speed = null;
        machine.stations.add(new Machine(9, "Capper"));

        assertEquals(List.of(
                new FieldChange("limits.max", "1000", "900"),
                new FieldChange("line", "3", "4"),
                new FieldChange("name", "Filler", "Rotary filler"),
                new FieldChange("speed", "300.0", null),
                new FieldChange("status", "STOPPED", "RUNNING")), loaded.changesTo(MACHINE.stateOf(machine)));
    }

    @Test
    void equalValuesInNewObjectsAreNoChange() {
        Machine machine = machine();
        RecordState loaded = MACHINE.stateOf(machine);

        machine.limits = new Machine.Limits("1.5", "1E+3");
        machine.serial = new Machine.SerialNumber("SN-1");
        machine.line = new Machine(3, "Bottling line, another instance");
        machine.lookups++;

        assertEquals(List.of(), loaded.changesTo(MACHINE.stateOf(machine)));
    }

    @Test
    void aDeletedRecordListsItsLastValues() {
        Machine machine = machine();

        List<FieldChange> deleted = MACHINE.stateOf(machine).asDeleted();

        assertEquals(new FieldChange("name", "Filler", null), deleted.get(5));
        assertTrue(deleted.stream().allMatch(change -> change.newValue() == null && change.oldValue() != null));
    }

    @Test
    void thePlantModelIsRecordedByItsAttributePaths() {
        assertEquals(List.of("active", "capacity.averageSetupMinutes", "capacity.efficiencyPercent",
                "capacity.hoursPerDay", "capacity.maxConcurrentJobs", "code", "description", "level", "name", "parent"),
                RecordShape.of(WorkCenter.class).fields());
        assertTrue(RecordShape.of(Equipment.class).fields().containsAll(List.of("spec.criticality", "spec.equipmentType",
                "spec.idealCycleTimeSeconds", "spec.targetSpeedPerMinute")));
        assertEquals("PlantNode", RecordShape.of(Equipment.class).entityType(), "ids are per table: the root names the type");
    }

    /** Every audited entity of the persistence unit can be recorded: a mapping the trail cannot record fails here. */
    @Test
    void everyAuditedEntityOfThePersistenceUnitHasAShape() throws Exception {
        String persistenceXml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            persistenceXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher listed = Pattern.compile("<class>([^<]+)</class>").matcher(persistenceXml);
        int audited = 0;
        while (listed.find()) {
            Class<?> type = Class.forName(listed.group(1));
            if (type.isAnnotationPresent(Entity.class) && AuditedEntity.class.isAssignableFrom(type)) {
                assertFalse(RecordShape.of(type).fields().isEmpty(), type::getName);
                audited++;
            }
        }
        assertTrue(audited >= 7, "the plant entities at least: " + audited);
    }

    @Entity
    static class Recipe extends AuditedEntity {
        @Id
        Long id;
        @OneToMany
        List<Machine> machines;
    }

    @Entity
    static class Logbook extends AuditedEntity {
        @Id
        Long id;
        Date openedAt;
    }

    @Test
    void whatTheTrailCannotRecordFailsInsteadOfGoingUnrecorded() {
        IllegalStateException collection = assertThrows(IllegalStateException.class, () -> RecordShape.of(Recipe.class));
        assertTrue(collection.getMessage().contains("Recipe.machines"), collection::getMessage);
        IllegalStateException type = assertThrows(IllegalStateException.class, () -> RecordShape.of(Logbook.class));
        assertTrue(type.getMessage().contains("java.util.Date"), type::getMessage);
    }
}
