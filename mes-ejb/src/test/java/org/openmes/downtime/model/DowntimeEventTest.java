package org.openmes.downtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.plant.model.Area;
import org.openmes.plant.model.Enterprise;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.EquipmentSpec;
import org.openmes.plant.model.PlantCode;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.model.ProductionLine;
import org.openmes.plant.model.Site;

class DowntimeEventTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-07T06:00:00Z");
    private static final Duration THRESHOLD = Duration.ofSeconds(10);

    private static PlantNode equipment() {
        PlantNode site = new Site(new Enterprise(new PlantCode("ACME"), "Acme", null), new PlantCode("S1"), "Site", null);
        PlantNode line = new ProductionLine(new Area(site, new PlantCode("A1"), "Area", null), new PlantCode("L1"), "Line", null);
        return new Equipment(line, new PlantCode("M1"), "Machine", null,
                new EquipmentSpec("Case packer", 4, new BigDecimal("25"), new BigDecimal("2.4")));
    }

    @Test
    void aShortStopWithoutReasonBecomesAMinorStopThatTakesNoReason() {
        DowntimeEvent stop = DowntimeEvent.detected(equipment(), T0, 11, DowntimeCategory.UNASSIGNED);
        stop.close(T0.plusSeconds(9), THRESHOLD);
        assertTrue(stop.isMinorStop());
        DowntimeReason jam = new DowntimeReason(null, "JAM", "Jam", DowntimeCategory.UNPLANNED);
        assertThrows(ConflictException.class, () -> stop.assignReason(jam));
    }

    @Test
    void aStopAsLongAsTheThresholdIsAnEventAndTheCatalogsCategoryYieldsToAChosenReason() {
        DowntimeEvent stop = DowntimeEvent.detected(equipment(), T0, 11, DowntimeCategory.UNASSIGNED);
        stop.explainByFault(3, "JAM", "Film jam", DowntimeCategory.UNPLANNED);
        stop.close(T0.plusSeconds(10), THRESHOLD);
        assertFalse(stop.isMinorStop());
        assertEquals(DowntimeCategory.UNPLANNED, stop.getCategory());
        stop.assignReason(new DowntimeReason(null, "CO", "Changeover", DowntimeCategory.CHANGEOVER));
        assertEquals(DowntimeCategory.CHANGEOVER, stop.getCategory());
        assertEquals("JAM", stop.getFaultCode(), "the fault stays what the PLC said");
    }

    @Test
    void splittingGivesTwoAdjacentEventsAndMergingThemBackRestoresTheSpan() {
        DowntimeReason reason = new DowntimeReason(null, "JAM", "Jam", DowntimeCategory.UNPLANNED);
        DowntimeEvent event = DowntimeEvent.entered(equipment(), T0, T0.plusMinutes(30), reason, "jam at the sealer");
        DowntimeEvent second = event.splitAt(T0.plusMinutes(10));
        assertEquals(T0.plusMinutes(10), event.getEndedAt());
        assertEquals(T0.plusMinutes(10), second.getStartedAt());
        assertEquals(T0.plusMinutes(30), second.getEndedAt());
        assertThrows(InvalidInputException.class, () -> event.splitAt(T0.plusMinutes(10)), "at the end is no split");
        event.absorb(second);
        assertEquals(T0.plusMinutes(30), event.getEndedAt());
    }

    @Test
    void onlyAdjacentEventsMerge() {
        DowntimeReason reason = new DowntimeReason(null, "JAM", "Jam", DowntimeCategory.UNPLANNED);
        PlantNode machine = equipment();
        DowntimeEvent first = DowntimeEvent.entered(machine, T0, T0.plusMinutes(5), reason, null);
        DowntimeEvent later = DowntimeEvent.entered(machine, T0.plusMinutes(6), T0.plusMinutes(9), reason, null);
        assertThrows(ConflictException.class, () -> first.absorb(later));
    }

    @Test
    void aChildReasonTakesItsParentsCategoryAndRefusesAnother() {
        DowntimeReason material = new DowntimeReason(null, "MAT", "Material", DowntimeCategory.MATERIAL);
        assertEquals(DowntimeCategory.MATERIAL, new DowntimeReason(material, "MAT-STARVED", "Starved", null).getCategory());
        assertThrows(InvalidInputException.class, () -> new DowntimeReason(material, "MAT-X", "x", DowntimeCategory.QUALITY));
    }
}
