package org.openmes.bom.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.common.ConflictException;

/**
 * Explodes a BOM in memory from the lines of every part reachable from the root (read by one recursive query):
 * depth-first, components by position, extended quantities multiplied down the levels with 34 significant digits
 * and rounded to 6 decimals only in the answer. A shared sub-assembly is expanded wherever it is used.
 * Refuses (409) an explosion with more than {@code maxRows} rows, and a structure deeper than
 * {@value #MAX_DEPTH} levels, which only a cycle that slipped past the checks can produce.
 */
final class Explosion {
    static final int MAX_DEPTH = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 6;

    /** One stored BOM line with what the explosion shows of its component. */
    record Line(long lineId, long parentId, int position, long componentId, String partNumber, String revision,
            String description, UnitOfMeasure unitOfMeasure, MakeOrBuy makeOrBuy, BigDecimal quantityPer,
            BigDecimal scrapPercent, Integer operationSequence) {
    }

    private final Map<Long, List<Line>> byParent = new HashMap<>();
    private final int maxRows;
    private final int maxLevels;
    private final List<ExplosionRowDto> rows = new ArrayList<>();
    private final Map<Long, RequirementDto> requirements = new LinkedHashMap<>();
    private int depth;

    private Explosion(List<Line> lines, int maxRows, int maxLevels) {
        for (Line line : lines) {
            byParent.computeIfAbsent(line.parentId(), parent -> new ArrayList<>()).add(line);
        }
        byParent.values().forEach(children -> children.sort(Comparator.comparingInt(Line::position)));
        this.maxRows = maxRows;
        this.maxLevels = maxLevels;
    }

    /**
     * Explodes {@code rootId} for {@code quantity} units down to {@code maxLevels} levels ({@code Integer.MAX_VALUE}:
     * all; below the limit, rows say {@code hasComponents} but are not expanded).
     */
    static Explosion of(long rootId, BigDecimal quantity, List<Line> lines, int maxRows, int maxLevels) {
        Explosion explosion = new Explosion(lines, maxRows, maxLevels);
        explosion.expand(rootId, quantity, 1);
        return explosion;
    }

    private void expand(long parentId, BigDecimal parentQuantity, int level) {
        if (level > MAX_DEPTH) {
            throw new ConflictException(null, "the BOM is more than " + MAX_DEPTH + " levels deep; it must contain a cycle");
        }
        depth = Math.max(depth, level);
        for (Line line : byParent.getOrDefault(parentId, List.of())) {
            if (rows.size() == maxRows) {
                throw new ConflictException(null, "the explosion has more than " + maxRows + " rows; explode a"
                        + " sub-assembly or fewer levels");
            }
            BigDecimal factor = BigDecimal.ONE.add(line.scrapPercent().divide(HUNDRED, MathContext.DECIMAL128));
            BigDecimal extended = parentQuantity.multiply(line.quantityPer(), MathContext.DECIMAL128)
                    .multiply(factor, MathContext.DECIMAL128);
            boolean hasComponents = byParent.containsKey(line.componentId());
            rows.add(new ExplosionRowDto(level, line.lineId(), line.parentId(), line.position(), line.componentId(),
                    line.partNumber(), line.revision(), line.description(), line.unitOfMeasure(), line.makeOrBuy(),
                    line.quantityPer(), line.scrapPercent(), round(extended), line.operationSequence(), hasComponents));
            if (hasComponents && level < maxLevels) {
                expand(line.componentId(), extended, level + 1);
            } else if (!hasComponents) {
                requirements.merge(line.componentId(), new RequirementDto(line.componentId(), line.partNumber(),
                        line.revision(), line.description(), line.unitOfMeasure(), line.makeOrBuy(), extended),
                        (sum, more) -> new RequirementDto(sum.partId(), sum.partNumber(), sum.revision(), sum.description(),
                                sum.unitOfMeasure(), sum.makeOrBuy(), sum.totalQuantity().add(more.totalQuantity())));
            }
        }
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    List<ExplosionRowDto> rows() {
        return rows;
    }

    /** Parts without a BOM of their own, by part number, with their total extended quantity. */
    List<RequirementDto> requirements() {
        return requirements.values().stream()
                .map(r -> new RequirementDto(r.partId(), r.partNumber(), r.revision(), r.description(), r.unitOfMeasure(),
                        r.makeOrBuy(), round(r.totalQuantity())))
                .sorted(Comparator.comparing(RequirementDto::partNumber).thenComparing(RequirementDto::revision))
                .toList();
    }

    /** The deepest level reached. */
    int depth() {
        return depth;
    }
}
