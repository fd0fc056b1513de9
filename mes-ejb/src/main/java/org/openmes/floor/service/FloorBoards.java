package org.openmes.floor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmes.floor.model.EquipmentState;
import org.openmes.oee.service.LineOeeDto;
import org.openmes.oee.service.OeeDto;
import org.openmes.oee.service.OeeCalculator;
import org.openmes.plant.model.PlantNode;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.ShiftOccurrence;
import org.openmes.shift.service.TimeModels;

/**
 * The live floor read model behind {@link FloorService}, without its guard, for the system's own work that has no
 * caller (the live figures, {@link LiveFigures}): lines with their equipment's state, open stops and shift counts, the
 * running job, open andon calls and the running shift's target and OEE. Every concern (equipment, signals, stops,
 * jobs, calls) is one query for all lines asked; the shift figures are one {@link OeeCalculator} call per line; the
 * hourly trend comes from {@link LineTrends} (computed at most once a minute per line). Runs in the caller's transaction, or in one of its own (the OEE's recomputation needs one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class FloorBoards {
    /** The stops with their machine's code, reason and fault text; a where clause follows. */
    static final String STOPS = "select e.id, e.equipment_id, n.code, e.started_at, e.ended_at, e.category, r.name,"
            + " e.fault_text, e.version, e.source from downtime_event e join plant_node n on n.id = e.equipment_id"
            + " left join downtime_reason r on r.id = e.reason_id";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private TimeModels timeModels;

    @Inject
    private OeeCalculator calculator;

    @Inject
    private LineTrends trends;

    /**
     * The line dashboard of production line {@code lineId}, with the hourly OEE trend of the running shift when asked
     * for ({@link LineTrends}); 404 unknown.
     */
    public LineBoardDto line(long lineId, boolean withTrend) {
        PlantNode line = timeModels.line(lineId);
        return boards(List.of(new LineRow(line.getId(), line.getCode().value(), line.getName())), withTrend).get(0);
    }

    /** The hourly OEE trend of line {@code lineId}'s running shift ({@link LineTrends}); empty when no shift runs. */
    public List<TrendPoint> trend(long lineId) {
        Instant now = Instant.now();
        return runningShift(lineId, now).map(shift -> trends.of(lineId, shift.span().start(), now)).orElse(List.of());
    }

    /** One board per active production line, by code, without trends: the plant overview. */
    public List<LineBoardDto> plant() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code, name from plant_node where level = 'PRODUCTION_LINE'"
                + " and active order by code").getResultList();
        return boards(rows.stream().map(row -> new LineRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2])).toList(),
                false);
    }

    /** The production lines that {@code equipment} stands on (each at most once). */
    public Set<Long> linesOf(Collection<Long> equipment) {
        if (equipment.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                with recursive up (id, parent_id, level) as (
                    select n.id, n.parent_id, n.level from plant_node n where n.id = any(cast(? as bigint[]))
                    union all
                    select p.id, p.parent_id, p.level from plant_node p join up u on p.id = u.parent_id
                    where u.level <> 'PRODUCTION_LINE')
                select distinct id from up where level = 'PRODUCTION_LINE'""").setParameter(1, array(List.copyOf(equipment))).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private record LineRow(long id, String code, String name) {
    }

    private record EquipmentRow(long lineId, long id, String code, String name) {
    }

    /** The current STATE, RUNNING and COMMS signals of one piece of equipment. */
    private static final class Signals {
        private Integer packMlState;
        private Boolean running;
        private boolean commsLost;
    }

    private List<LineBoardDto> boards(List<LineRow> lines, boolean withTrend) {
        if (lines.isEmpty()) {
            return List.of();
        }
        String lineIds = array(lines.stream().map(LineRow::id).toList());
        List<EquipmentRow> equipment = equipment(lineIds);
        String equipmentIds = array(equipment.stream().map(EquipmentRow::id).toList());
        Map<Long, Signals> signals = signals(equipmentIds);
        Map<Long, LiveStop> stops = openStops(equipmentIds);
        Map<Long, LiveJob> jobs = runningJobs(lineIds);
        Map<Long, List<LiveAndon>> andons = openAndons(lineIds);
        Map<Long, List<EquipmentRow>> equipmentByLine = equipment.stream().collect(Collectors.groupingBy(EquipmentRow::lineId));
        Instant now = Instant.now();
        List<LineBoardDto> boards = new ArrayList<>();
        for (LineRow line : lines) {
            Optional<ShiftOccurrence> shift = runningShift(line.id(), now);
            LineOeeDto oee = shift.map(running -> calculator.line(line.id(), running.span().start(), now, null)).orElse(null);
            Map<Long, OeeDto> oeeOf = oee == null ? Map.of()
                    : oee.equipment().stream().collect(Collectors.toMap(OeeDto::equipmentId, figures -> figures));
            List<LiveEquipment> live = new ArrayList<>();
            for (EquipmentRow row : equipmentByLine.getOrDefault(line.id(), List.of())) {
                Signals known = signals.getOrDefault(row.id(), new Signals());
                LiveStop stop = stops.get(row.id());
                OeeDto figures = oeeOf.get(row.id());
                live.add(new LiveEquipment(row.id(), row.code(), row.name(),
                        EquipmentState.of(stop != null, known.commsLost, known.packMlState, known.running), stop,
                        figures == null ? null : figures.elements().gq(), figures == null ? null : figures.elements().sq(),
                        figures == null ? null : figures.figures().oee()));
            }
            LiveShift liveShift = shift.map(running -> liveShift(line.id(), running, oee, live, now)).orElse(null);
            List<TrendPoint> trend = withTrend && shift.isPresent() ? trends.of(line.id(), shift.get().span().start(), now) : List.of();
            boards.add(new LineBoardDto(line.id(), line.code(), line.name(),
                    EquipmentState.worst(live.stream().map(LiveEquipment::state).toList()), liveShift, jobs.get(line.id()), live,
                    andons.getOrDefault(line.id(), List.of()), trend));
        }
        return boards;
    }

    /**
     * The shift's figures. A line's output passes each of its counting machines, so its good count is the highest any
     * of them counted (not their sum); its scrap is what all of them rejected.
     */
    private LiveShift liveShift(long lineId, ShiftOccurrence shift, LineOeeDto oee, List<LiveEquipment> equipment, Instant now) {
        BigDecimal good = equipment.stream().map(LiveEquipment::good).filter(count -> count != null).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        BigDecimal scrap = equipment.stream().map(LiveEquipment::scrap).filter(count -> count != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = em.createQuery("select t.quantity from ProductionTarget t where t.pattern.id = :pattern"
                        + " and t.validFrom <= :day order by t.validFrom desc", BigDecimal.class)
                .setParameter("pattern", shift.patternId()).setParameter("day", shift.day()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new LiveShift(shift.code(), shift.span().start(), shift.span().end(), target, good, scrap,
                oee.figures().availability(), oee.figures().effectiveness(), oee.figures().qualityRatio(), oee.figures().oee());
    }

    private Optional<ShiftOccurrence> runningShift(long lineId, Instant now) {
        return timeModels.of(lineId, new Interval(now.minus(1, ChronoUnit.DAYS), now)).shiftAt(now);
    }

    private List<EquipmentRow> equipment(String lineIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with recursive tree (line_id, id, level) as (
                    select n.parent_id, n.id, n.level from plant_node n where n.parent_id = any(cast(? as bigint[]))
                    union all
                    select t.line_id, c.id, c.level from plant_node c join tree t on c.parent_id = t.id)
                select t.line_id, n.id, n.code, n.name from tree t join plant_node n on n.id = t.id
                where t.level = 'EQUIPMENT' and n.active order by t.line_id, n.code""").setParameter(1, lineIds).getResultList();
        return rows.stream().map(row -> new EquipmentRow(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                (String) row[3])).toList();
    }

    private Map<Long, Signals> signals(String equipmentIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select equipment_id, signal, value, quality from telemetry_current_value"
                + " where equipment_id = any(cast(? as bigint[])) and signal in ('STATE', 'RUNNING', 'COMMS')")
                .setParameter(1, equipmentIds).getResultList();
        Map<Long, Signals> signals = new HashMap<>();
        for (Object[] row : rows) {
            Signals known = signals.computeIfAbsent(((Number) row[0]).longValue(), id -> new Signals());
            boolean good = "GOOD".equals(row[3]) && row[2] != null;
            switch ((String) row[1]) {
                case "COMMS" -> known.commsLost = !"GOOD".equals(row[3]);
                case "STATE" -> known.packMlState = good ? ((Number) row[2]).intValue() : null;
                default -> known.running = good ? ((Number) row[2]).intValue() != 0 : null;
            }
        }
        return signals;
    }

    private Map<Long, LiveStop> openStops(String equipmentIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STOPS + " where e.ended_at is null and e.equipment_id = any(cast(? as bigint[]))")
                .setParameter(1, equipmentIds).getResultList();
        return rows.stream().map(FloorBoards::stop).collect(Collectors.toMap(LiveStop::equipmentId, stop -> stop));
    }

    private Map<Long, LiveJob> runningJobs(String lineIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select j.line_id, j.id, s.product_code, s.planned_quantity, j.operator, j.started_at"
                        + " from execution_job_assignment j join execution_schedule_entry s on s.id = j.schedule_entry_id"
                        + " where j.status = 'IN_PROGRESS' and j.line_id = any(cast(? as bigint[]))")
                .setParameter(1, lineIds).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> new LiveJob(((Number) row[1]).longValue(),
                (String) row[2], (BigDecimal) row[3], (String) row[4], instant(row[5]))));
    }

    private Map<Long, List<LiveAndon>> openAndons(String lineIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select line_id, id, kind, priority, status, escalation_level, raised_at, description"
                        + " from andon_call where status <> 'RESOLVED' and line_id = any(cast(? as bigint[])) order by raised_at, id")
                .setParameter(1, lineIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                Collectors.mapping(row -> new LiveAndon(((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
                        ((Number) row[5]).intValue(), instant(row[6]), (String) row[7]), Collectors.toList())));
    }

    static LiveStop stop(Object[] row) {
        return new LiveStop(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], instant(row[3]),
                row[4] == null ? null : instant(row[4]), (String) row[5], (String) row[6], (String) row[7], ((Number) row[8]).longValue(), "MANUAL".equals(row[9]));
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) value).toInstant();
    }

    /** A PostgreSQL array literal of ids: one parameter however many ids. */
    static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
