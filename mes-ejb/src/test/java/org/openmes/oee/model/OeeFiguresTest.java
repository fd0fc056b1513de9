package org.openmes.oee.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.PlannedTime;
import org.openmes.shift.model.ShiftDefinition;
import org.openmes.shift.model.TimeModel;

/**
 * A scripted early shift of the case packer, checked by hand (docs/oee.md walks through the same numbers):
 * 06:00–14:00 with a 30 min break → PBT 27 000 s. During it: two breakdowns (45 min and 15 min), a 20 min changeover,
 * a 10 min starved stop, twelve minor stops of 30 s, 5 min of communication loss and a 15 min team meeting nobody had
 * planned. Counts: 7 600 good, 200 rejects, 7 800 in total, at an ideal cycle time of 2.4 s.
 */
class OeeFiguresTest {
    private static final double DELTA = 0.00005;

    private static TimeElements earlyShift() {
        ShiftDefinition early = new ShiftDefinition(1, "EARLY", LocalTime.of(6, 0), 480, EnumSet.allOf(DayOfWeek.class),
                LocalDate.of(2026, 1, 1), null, List.of(new ShiftDefinition.BreakDefinition("lunch", 240, 30)));
        Instant start = LocalDate.of(2026, 1, 7).atTime(6, 0).toInstant(ZoneOffset.UTC);
        PlannedTime planned = new TimeModel(ZoneOffset.UTC, List.of(early), List.of())
                .plannedTime(new Interval(start, start.plusSeconds(8 * 3600)));
        double pbt = planned.pbt().toSeconds();
        assertEquals(27_000, pbt);
        double failures = 2_700 + 900;
        double starved = 600;
        double changeover = 1_200;
        double minor = 12 * 30;
        double commsLoss = 300;
        double meeting = 900;
        double producing = pbt - failures - starved - changeover - minor - commsLoss - meeting;
        MinuteSums sums = new MinuteSums(pbt, producing, failures + starved, failures, changeover, meeting, minor, commsLoss,
                2, 12, new BigDecimal("7600"), new BigDecimal("200"), new BigDecimal("7800"));
        return sums.elements(pbt, new BigDecimal("2.4"));
    }

    @Test
    void theTimeElementsOfTheScriptedShift() {
        TimeElements t = earlyShift();
        assertEquals(25_800, t.knownBusyTime(), DELTA);
        assertEquals(20_040, t.apt(), DELTA);
        assertEquals(4_200, t.adot(), DELTA);
        assertEquals(1_200, t.asut(), DELTA);
        assertEquals(360, t.adet(), DELTA);
        assertEquals(300, t.unknown(), DELTA);
        assertEquals(18_720, t.idealTime(), DELTA);
    }

    @Test
    void theIndicatorsOfTheScriptedShiftToFourDecimals() {
        OeeFigures f = OeeFigures.of(earlyShift());
        assertEquals(0.7767, f.availability(), DELTA);          // 20040 / 25800
        assertEquals(0.9341, f.effectiveness(), DELTA);         // 2.4 × 7800 / 20040
        assertEquals(0.9744, f.qualityRatio(), DELTA);          // 7600 / 7800
        assertEquals(0.7070, f.oee(), DELTA);                   // = 2.4 × 7600 / 25800
        assertEquals(0.9278, f.utilisationEfficiency(), DELTA); // 20040 / (20040 + 1200 + 360)
        assertEquals(0.8444, f.nee(), DELTA);                   // = 2.4 × 7600 / 21600
        assertEquals(0.9824, f.technicalEfficiency(), DELTA);   // 20040 / (20040 + 360)
        assertEquals(0.0565, f.setupRate(), DELTA);             // 1200 / (20040 + 1200)
        assertEquals(0.0256, f.scrapRatio(), DELTA);            // 200 / 7800
        assertEquals(10_020, f.mtbf(), DELTA);                  // 20040 / 2
        assertEquals(1_800, f.mttr(), DELTA);                   // 3600 / 2
    }

    @Test
    void theSixBigLossesAddUpToTheKnownBusyTimeWithTheValueAddingTime() {
        OeeFigures.SixBigLosses losses = OeeFigures.of(earlyShift()).losses();
        assertEquals(3_600, losses.breakdowns(), DELTA);
        assertEquals(1_200, losses.setups(), DELTA);
        assertEquals(960, losses.smallStops(), DELTA);
        assertEquals(1_320, losses.reducedSpeed(), DELTA);
        assertEquals(480, losses.rejects(), DELTA);
        double valueAdding = 2.4 * 7_600;
        assertEquals(25_800, valueAdding + losses.breakdowns() + losses.setups() + losses.smallStops() + losses.reducedSpeed()
                + losses.rejects(), DELTA);
    }

    @Test
    void withoutIdealCycleTimeOrCountsTheDependentRatiosAreUndefinedNotZero() {
        TimeElements noPru = new MinuteSums(3_600, 3_000, 600, 600, 0, 0, 0, 0, 1, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO).elements(3_600, null);
        OeeFigures f = OeeFigures.of(noPru);
        assertEquals(3_000.0 / 3_600, f.availability(), DELTA);
        assertNull(f.effectiveness());
        assertNull(f.qualityRatio());
        assertNull(f.oee());
        assertNull(OeeFigures.of(TimeElements.NONE).availability());
    }

    @Test
    void busyTimeWithoutMinuteRecordsIsUnknownAndLeftOutOfAvailability() {
        TimeElements halfRecorded = new MinuteSums(1_800, 1_800, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ONE).elements(3_600, BigDecimal.ONE);
        assertEquals(1_800, halfRecorded.unknown(), DELTA);
        assertEquals(1.0, OeeFigures.of(halfRecorded).availability(), DELTA);
    }
}
