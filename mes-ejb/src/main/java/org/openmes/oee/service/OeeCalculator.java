package org.openmes.oee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.oee.model.IdealCycleTime;
import org.openmes.oee.model.MinuteSums;
import org.openmes.oee.model.OeeFigures;
import org.openmes.oee.model.RecordSpans;
import org.openmes.oee.model.TimeElements;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.PlannedTime;
import org.openmes.shift.model.ShiftOccurrence;
import org.openmes.shift.model.TimeModel;
import org.openmes.shift.service.TimeModels;
import org.openmes.shift.service.Windows;

/**
 * The OEE computation behind {@link OeeService}, without its guard, for the system's own work that has no caller (the
 * live floor figures): OEE of a piece of equipment or a line for a window, or for the shift running on its line when no
 * window is given. Reads the minute records of the window's planned busy time (the line's time model); the most recent
 * minutes are recomputed first, so a running shift's figures are current. Runs in the caller's transaction (the
 * recomputation needs one). docs/oee.md states the formulas.
 */
@ApplicationScoped
public class OeeCalculator {
    /** Recomputed before reading: the minutes since the last regular refresh. */
    private static final long FRESH_MINUTES = 2;
    /**
     * The records' sums per piece of equipment: ids as a bigint[] literal, then {@link RecordSpans#hours()} and
     * {@link RecordSpans#minutes()}. Public for bench/oee-30-days.sh, which times it alone.
     */
    public static final String SUMS = "select * from oee_sums(cast(? as bigint[]), cast(? as tstzmultirange), cast(? as tstzmultirange))";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private TimeModels timeModels;

    @Inject
    private OeeMinutes minutes;

    public OeeDto equipment(Long equipmentId, Instant from, Instant to, String productCode) {
        PlantNode equipment = em.find(PlantNode.class, required("id", equipmentId));
        if (equipment == null || equipment.getLevel() != PlantLevel.EQUIPMENT) {
            throw new NotFoundException("equipment", equipmentId);
        }
        PlantNode line = lineOf(equipment);
        Interval window = window(line, from, to);
        PlannedTime planned = timeModels.of(line.getId(), window).plannedTime(window);
        return measure(List.of(equipment), window, planned, productCode).get(0);
    }

    public LineOeeDto line(Long lineId, Instant from, Instant to, String productCode) {
        PlantNode line = timeModels.line(required("id", lineId));
        Interval window = window(line, from, to);
        PlannedTime planned = timeModels.of(lineId, window).plannedTime(window);
        List<PlantNode> equipment = em.createNativeQuery("""
                with recursive tree (id, level) as (
                    select n.id, n.level from plant_node n where n.parent_id = ?
                    union all
                    select c.id, c.level from plant_node c join tree t on c.parent_id = t.id)
                select id from tree where level = 'EQUIPMENT' order by id""").setParameter(1, lineId).getResultList()
                .stream().map(id -> em.find(PlantNode.class, ((Number) id).longValue())).toList();
        List<OeeDto> figures = measure(equipment, window, planned, productCode);
        TimeElements sum = figures.stream().map(OeeDto::elements).reduce(TimeElements.NONE, TimeElements::plus);
        // a line's PBT is its own, not the sum of its machines'; the sum above is what the ratios are weighted by
        return new LineOeeDto(lineId, line.getCode().value(), window.start().atOffset(ZoneOffset.UTC),
                window.end().atOffset(ZoneOffset.UTC), productCode, planned.pot().toSeconds(), planned.pbt().toSeconds(), sum,
                OeeFigures.of(sum), figures);
    }

    /** [from, to) as asked, or the running shift of {@code line} so far when neither is given; clipped to now. */
    private Interval window(PlantNode line, Instant from, Instant to) {
        Instant now = Instant.now();
        Interval asked;
        if (from == null && to == null) {
            TimeModel model = timeModels.of(line.getId(), new Interval(now.minus(1, ChronoUnit.DAYS), now));
            ShiftOccurrence shift = model.shiftAt(now).orElseThrow(() -> new InvalidInputException("from",
                    "no shift is running on line " + line.getCode().value() + " now; give from and to"));
            asked = new Interval(shift.span().start(), now);
        } else {
            asked = Windows.of(from, to);
        }
        Instant start = asked.start().truncatedTo(ChronoUnit.MINUTES);
        Instant end = asked.end().isAfter(now) ? now : asked.end();
        return new Interval(start, end.isBefore(start) ? start : end);
    }

    private List<OeeDto> measure(List<PlantNode> equipment, Interval window, PlannedTime planned, String productCode) {
        Instant now = Instant.now();
        if (window.end().isAfter(now.minus(FRESH_MINUTES, ChronoUnit.MINUTES))) {
            Instant from = now.minus(FRESH_MINUTES, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
            equipment.forEach(e -> minutes.rollup(e.getId(), from.isBefore(window.start()) ? window.start() : from, now));
        }
        Map<Long, MinuteSums> sums = sums(equipment, planned.busy().intervals());
        double pbt = planned.pbt().toMillis() / 1000.0;
        List<OeeDto> result = new ArrayList<>();
        for (PlantNode node : equipment) {
            BigDecimal pru = idealCycleTime(node, productCode);
            TimeElements elements = sums.getOrDefault(node.getId(), MinuteSums.NONE).elements(pbt, pru);
            result.add(new OeeDto(node.getId(), node.getCode().value(), window.start().atOffset(ZoneOffset.UTC),
                    window.end().atOffset(ZoneOffset.UTC), productCode, pru, elements, OeeFigures.of(elements)));
        }
        return result;
    }

    /**
     * The records' sums per piece of equipment over the minutes that begin in {@code busy}: the SQL function
     * {@code oee_sums} (V32) over the {@link RecordSpans} of the busy time.
     */
    private Map<Long, MinuteSums> sums(List<PlantNode> equipment, List<Interval> busy) {
        Map<Long, MinuteSums> sums = new HashMap<>();
        if (equipment.isEmpty() || busy.isEmpty()) {
            return sums;
        }
        RecordSpans spans = RecordSpans.of(busy);
        Query query = em.createNativeQuery(SUMS)
                .setParameter(1, equipment.stream().map(node -> String.valueOf(node.getId())).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, spans.hours()).setParameter(3, spans.minutes());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            sums.put(((Number) row[0]).longValue(), new MinuteSums(number(row[1]), number(row[2]), number(row[3]),
                    number(row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]),
                    ((Number) row[9]).longValue(), ((Number) row[10]).longValue(), (BigDecimal) row[11],
                    (BigDecimal) row[12], (BigDecimal) row[13]));
        }
        return sums;
    }

    private BigDecimal idealCycleTime(PlantNode equipment, String productCode) {
        if (productCode != null && !productCode.isBlank()) {
            IdealCycleTime time = find(equipment, productCode.trim());
            if (time != null) {
                return time.getSecondsPerUnit();
            }
        }
        return equipment instanceof Equipment machine && machine.getSpec() != null
                ? machine.getSpec().getIdealCycleTimeSeconds() : null;
    }

    /** The ideal cycle time of {@code equipment} for {@code productCode}, null when none is set. */
    IdealCycleTime find(PlantNode equipment, String productCode) {
        return em.createQuery("select t from IdealCycleTime t where t.equipment = :equipment and t.productCode = :product",
                        IdealCycleTime.class).setParameter("equipment", equipment).setParameter("product", productCode)
                .getResultStream().findFirst().orElse(null);
    }

    private static PlantNode lineOf(PlantNode equipment) {
        for (PlantNode node = equipment.getParent(); node != null; node = node.getParent()) {
            if (node.getLevel() == PlantLevel.PRODUCTION_LINE) {
                return node;
            }
        }
        throw new InvalidInputException("equipmentId", "equipment " + equipment.getCode().value()
                + " is on no production line, so it has no shifts to measure against");
    }

    private static long required(String field, Long id) {
        if (id == null) {
            throw new InvalidInputException(field, "is required");
        }
        return id;
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
