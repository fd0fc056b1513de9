package org.openmes.bom.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.common.ConflictException;

class ExplosionTest {
    private static final long PUMP = 1;
    private static final long HOUSING = 2;
    private static final long CASTING = 3;
    private static final long BOLT = 4;
    private static final long SHAFT = 5;

    private static long nextLine = 100;

    private static Explosion.Line line(long parent, int position, long component, String quantity, String scrap) {
        return new Explosion.Line(nextLine++, parent, position, component, "P" + component, "A", "part " + component,
                UnitOfMeasure.EA, MakeOrBuy.BUY, new BigDecimal(quantity), new BigDecimal(scrap), null);
    }

    /** Pump: 1 housing (2 castings at 10 % scrap, 4 bolts), 8 bolts, 1 shaft (given in any order). */
    private static List<Explosion.Line> pump() {
        return List.of(line(HOUSING, 20, BOLT, "4", "0"), line(PUMP, 30, SHAFT, "1", "0"), line(PUMP, 10, HOUSING, "1", "0"),
                line(HOUSING, 10, CASTING, "2", "10"), line(PUMP, 20, BOLT, "8", "0"));
    }

    @Test
    void rowsComeDepthFirstByPositionWithExtendedQuantitiesIncludingScrap() {
        Explosion explosion = Explosion.of(PUMP, new BigDecimal("5"), pump(), 1000, Integer.MAX_VALUE);
        List<String> rows = explosion.rows().stream()
                .map(r -> r.level() + ":P" + r.partId() + "=" + r.extendedQuantity().stripTrailingZeros().toPlainString()).toList();
        assertEquals(List.of("1:P2=5", "2:P3=11", "2:P4=20", "1:P4=40", "1:P5=5"), rows);
        assertEquals(2, explosion.depth());
        assertTrue(explosion.rows().get(0).hasComponents());
        assertFalse(explosion.rows().get(1).hasComponents());
    }

    @Test
    void requirementsSumEveryUseOfAPartWithoutABom() {
        Explosion explosion = Explosion.of(PUMP, new BigDecimal("5"), pump(), 1000, Integer.MAX_VALUE);
        List<String> totals = explosion.requirements().stream()
                .map(r -> r.partNumber() + "=" + r.totalQuantity().stripTrailingZeros().toPlainString()).toList();
        assertEquals(List.of("P3=11", "P4=60", "P5=5"), totals);
    }

    @Test
    void scrapCompoundsDownTheLevelsAndIsRoundedOnlyInTheAnswer() {
        List<Explosion.Line> lines = new ArrayList<>();
        for (long level = 1; level <= 6; level++) {
            lines.add(line(level, 10, level + 1, "1", "3"));
        }
        Explosion explosion = Explosion.of(1, new BigDecimal("1000"), lines, 1000, Integer.MAX_VALUE);
        assertEquals(6, explosion.depth());
        // 1000 × 1.03^6 = 1194.052296529
        assertEquals(new BigDecimal("1194.052297"), explosion.rows().get(5).extendedQuantity());
    }

    @Test
    void explosionStopsAtTheLevelsAsked() {
        Explosion explosion = Explosion.of(PUMP, BigDecimal.ONE, pump(), 1000, 1);
        assertEquals(3, explosion.rows().size());
        assertTrue(explosion.rows().get(0).hasComponents());
        assertEquals(List.of("P4", "P5"), explosion.requirements().stream().map(RequirementDto::partNumber).toList());
    }

    @Test
    void tooManyRowsAndCyclesAreRefused() {
        assertThrows(ConflictException.class, () -> Explosion.of(PUMP, BigDecimal.ONE, pump(), 4, Integer.MAX_VALUE));
        List<Explosion.Line> cycle = List.of(line(1, 10, 2, "1", "0"), line(2, 10, 1, "1", "0"));
        assertThrows(ConflictException.class, () -> Explosion.of(1, BigDecimal.ONE, cycle, 100_000, Integer.MAX_VALUE));
    }
}
