package org.openmes.shift.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.plant.model.PlantNode;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.shift.model.CalendarEntry;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.PlannedTime;
import org.openmes.shift.model.ProductionTarget;
import org.openmes.shift.model.ShiftAssignment;
import org.openmes.shift.model.ShiftBreak;
import org.openmes.shift.model.ShiftOccurrence;
import org.openmes.shift.model.ShiftPattern;

/** Shift patterns, the plant calendar, shift assignments, production targets and the planned time of a line. */
@Stateless
@RequiresPermission(Permission.SCHEDULE_VIEW)
public class ShiftService {

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private TimeModels timeModels;

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public ShiftPatternDto createPattern(ShiftPatternDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a shift pattern is required");
        }
        if (draft.lineId() == null) {
            throw new InvalidInputException("lineId", "is required");
        }
        PlantNode line = em.find(PlantNode.class, draft.lineId());
        if (line == null) {
            throw new InvalidInputException("lineId", "no plant node " + draft.lineId());
        }
        ShiftPattern pattern = new ShiftPattern(line, draft.code(), draft.name(), draft.startTime(),
                draft.durationMinutes() == null ? 0 : draft.durationMinutes(), weekdays(draft.weekdays()),
                draft.validFrom(), draft.validTo());
        addBreaks(pattern, draft.breaks());
        boolean taken = !em.createQuery("select p.id from ShiftPattern p where p.line = :line and p.code = :code", Long.class)
                .setParameter("line", line).setParameter("code", pattern.getCode()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("code", "line " + line.getCode() + " has a shift pattern " + pattern.getCode() + " already");
        }
        em.persist(pattern);
        em.flush();
        return toDto(pattern);
    }

    /**
     * Changes a pattern's name, start, duration, weekdays, validity and breaks (the breaks given replace its breaks; line
     * and code stay). Shifts already worked are counted by the new definition too: end a pattern's validity and start
     * another where the past must keep the old one.
     */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public ShiftPatternDto updatePattern(Long id, ShiftPatternDto change) {
        if (change == null) {
            throw new InvalidInputException(null, "a shift pattern is required");
        }
        ShiftPattern pattern = current(ShiftPattern.class, "shift pattern", id, change.version(), ShiftPattern::getVersion);
        if (change.lineId() != null && !change.lineId().equals(pattern.getLine().getId())) {
            throw new InvalidInputException("lineId", "a pattern stays on its line");
        }
        if (change.code() != null && !change.code().strip().equalsIgnoreCase(pattern.getCode())) {
            throw new InvalidInputException("code", "the code of a pattern stays " + pattern.getCode());
        }
        pattern.redefine(change.name(), change.startTime(), change.durationMinutes() == null ? 0 : change.durationMinutes(),
                weekdays(change.weekdays()), change.validFrom(), change.validTo());
        em.flush();
        addBreaks(pattern, change.breaks());
        em.flush();
        return toDto(pattern);
    }

    /**
     * Deletes a pattern with its breaks; 409 while people are assigned to it or targets set for it (delete those first,
     * or end the pattern's validity instead to keep them).
     */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public void deletePattern(Long id, Long version) {
        ShiftPattern pattern = current(ShiftPattern.class, "shift pattern", id, version, ShiftPattern::getVersion);
        long assignments = em.createQuery("select count(a) from ShiftAssignment a where a.pattern = :pattern", Long.class)
                .setParameter("pattern", pattern).getSingleResult();
        long targets = em.createQuery("select count(t) from ProductionTarget t where t.pattern = :pattern", Long.class)
                .setParameter("pattern", pattern).getSingleResult();
        if (assignments > 0 || targets > 0) {
            throw new ConflictException("id", "shift pattern " + pattern.getCode() + " has " + assignments + " shift assignment(s) and "
                    + targets + " production target(s); delete them first, or end the pattern's validity (validTo) to keep them");
        }
        em.remove(pattern);
        em.flush();
    }

    public List<ShiftPatternDto> patterns(Long lineId) {
        PlantNode line = timeModels.line(required("lineId", lineId));
        return em.createQuery("select p from ShiftPattern p where p.line = :line order by p.startTime, p.code", ShiftPattern.class)
                .setParameter("line", line).getResultList().stream().map(ShiftService::toDto).toList();
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public CalendarEntryDto addCalendarEntry(CalendarEntryDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a calendar entry is required");
        }
        if (draft.nodeId() == null) {
            throw new InvalidInputException("nodeId", "is required");
        }
        PlantNode node = em.find(PlantNode.class, draft.nodeId());
        if (node == null) {
            throw new InvalidInputException("nodeId", "no plant node " + draft.nodeId());
        }
        CalendarEntry entry = new CalendarEntry(node, draft.kind(), draft.description(), draft.startsAt(), draft.endsAt());
        em.persist(entry);
        em.flush();
        return toDto(entry);
    }

    /** Changes a calendar entry's kind, description and span; the node stays. */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public CalendarEntryDto updateCalendarEntry(Long id, CalendarEntryDto change) {
        if (change == null) {
            throw new InvalidInputException(null, "a calendar entry is required");
        }
        CalendarEntry entry = current(CalendarEntry.class, "calendar entry", id, change.version(), CalendarEntry::getVersion);
        if (change.nodeId() != null && !change.nodeId().equals(entry.getNode().getId())) {
            throw new InvalidInputException("nodeId", "an entry stays on its site, area or line");
        }
        entry.change(change.kind(), change.description(), change.startsAt(), change.endsAt());
        em.flush();
        return toDto(entry);
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public void deleteCalendarEntry(Long id, Long version) {
        em.remove(current(CalendarEntry.class, "calendar entry", id, version, CalendarEntry::getVersion));
        em.flush();
    }

    /** The calendar entries of a node that overlap [from, to). */
    public List<CalendarEntryDto> calendar(Long nodeId, Instant from, Instant to) {
        Interval window = Windows.of(from, to);
        PlantNode node = em.find(PlantNode.class, required("nodeId", nodeId));
        if (node == null) {
            throw new NotFoundException("plant node", nodeId);
        }
        return em.createQuery("select c from CalendarEntry c where c.node = :node and c.endsAt > :from and c.startsAt < :to"
                        + " order by c.startsAt", CalendarEntry.class).setParameter("node", node)
                .setParameter("from", window.start().atOffset(ZoneOffset.UTC)).setParameter("to", window.end().atOffset(ZoneOffset.UTC))
                .getResultList().stream().map(ShiftService::toDto).toList();
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public ShiftAssignmentDto assign(ShiftAssignmentDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a shift assignment is required");
        }
        ShiftPattern pattern = pattern(draft.patternId());
        ShiftAssignment assignment = new ShiftAssignment(pattern, draft.shiftDate(), draft.person());
        boolean taken = !em.createQuery("select a.id from ShiftAssignment a where a.pattern = :pattern and a.shiftDate = :day"
                        + " and a.person = :person", Long.class).setParameter("pattern", pattern)
                .setParameter("day", assignment.getShiftDate()).setParameter("person", assignment.getPerson()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("person", assignment.getPerson() + " works shift " + pattern.getCode() + " on "
                    + assignment.getShiftDate() + " already");
        }
        em.persist(assignment);
        em.flush();
        return new ShiftAssignmentDto(assignment.getId(), pattern.getId(), assignment.getShiftDate(), assignment.getPerson());
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public ProductionTargetDto setTarget(ProductionTargetDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a production target is required");
        }
        ShiftPattern pattern = pattern(draft.patternId());
        ProductionTarget target = new ProductionTarget(pattern, draft.validFrom(), draft.quantity());
        boolean taken = !em.createQuery("select t.id from ProductionTarget t where t.pattern = :pattern and t.validFrom = :day",
                Long.class).setParameter("pattern", pattern).setParameter("day", target.getValidFrom()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("validFrom", "shift " + pattern.getCode() + " has a target from " + target.getValidFrom() + " already");
        }
        em.persist(target);
        em.flush();
        return new ProductionTargetDto(target.getId(), pattern.getId(), target.getValidFrom(), target.getQuantity());
    }

    /** The people on the shifts of a pattern from {@code from} to {@code to} (dates, both included), by date and name. */
    public List<ShiftAssignmentDto> assignments(Long patternId, LocalDate from, LocalDate to) {
        ShiftPattern pattern = pattern(patternId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "a period from a date to the same or a later date is required");
        }
        return em.createQuery("select a from ShiftAssignment a where a.pattern = :pattern and a.shiftDate between :from and :to"
                        + " order by a.shiftDate, a.person", ShiftAssignment.class).setParameter("pattern", pattern)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(a -> new ShiftAssignmentDto(a.getId(), pattern.getId(), a.getShiftDate(), a.getPerson())).toList();
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public void deleteAssignment(Long id) {
        em.remove(existing(ShiftAssignment.class, "shift assignment", id));
        em.flush();
    }

    /** The production targets of a pattern, oldest first. */
    public List<ProductionTargetDto> targets(Long patternId) {
        ShiftPattern pattern = pattern(patternId);
        return em.createQuery("select t from ProductionTarget t where t.pattern = :pattern order by t.validFrom", ProductionTarget.class)
                .setParameter("pattern", pattern).getResultList().stream()
                .map(t -> new ProductionTargetDto(t.getId(), pattern.getId(), t.getValidFrom(), t.getQuantity())).toList();
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public void deleteTarget(Long id) {
        em.remove(existing(ProductionTarget.class, "production target", id));
        em.flush();
    }

    /** POT, PDOT and PBT of line {@code lineId} in [from, to), with its shifts, their targets and people. */
    public PlannedTimeDto plannedTime(Long lineId, Instant from, Instant to) {
        long line = required("lineId", lineId);
        Interval window = Windows.of(from, to);
        PlannedTime planned = timeModels.of(line, window).plannedTime(window);
        List<PlannedTimeDto.ShiftDto> shifts = planned.shifts().stream().map(this::toDto).toList();
        return new PlannedTimeDto(lineId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), planned.pot().toSeconds(),
                planned.pdot().toSeconds(), planned.pbt().toSeconds(), shifts);
    }

    private PlannedTimeDto.ShiftDto toDto(ShiftOccurrence shift) {
        BigDecimal target = em.createQuery("select t.quantity from ProductionTarget t where t.pattern.id = :pattern"
                        + " and t.validFrom <= :day order by t.validFrom desc", BigDecimal.class)
                .setParameter("pattern", shift.patternId()).setParameter("day", shift.day()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        List<String> people = em.createQuery("select a.person from ShiftAssignment a where a.pattern.id = :pattern"
                        + " and a.shiftDate = :day order by a.person", String.class)
                .setParameter("pattern", shift.patternId()).setParameter("day", shift.day()).getResultList();
        return new PlannedTimeDto.ShiftDto(shift.patternId(), shift.code(), shift.day(), shift.span().start().atOffset(ZoneOffset.UTC),
                shift.span().end().atOffset(ZoneOffset.UTC), shift.breaks().duration().toSeconds(), target, people);
    }

    private static void addBreaks(ShiftPattern pattern, List<ShiftPatternDto.BreakDto> breaks) {
        if (breaks == null) {
            return;
        }
        for (ShiftPatternDto.BreakDto shiftBreak : breaks) {
            if (shiftBreak == null || shiftBreak.offsetMinutes() == null || shiftBreak.durationMinutes() == null) {
                throw new InvalidInputException("breaks", "every break needs name, offsetMinutes and durationMinutes");
            }
            pattern.addBreak(shiftBreak.name(), shiftBreak.offsetMinutes(), shiftBreak.durationMinutes());
        }
    }

    /** The record {@code id} at {@code version}: 404 when there is none, 400 without a version, 409 when it is stale. */
    private <T> T current(Class<T> type, String name, Long id, Long version, ToLongFunction<T> versionOf) {
        T record = existing(type, name, id);
        if (version == null) {
            throw new InvalidInputException("version", "is required");
        }
        if (version != versionOf.applyAsLong(record)) {
            throw new StaleVersionException(name, id, version, versionOf.applyAsLong(record));
        }
        return record;
    }

    private <T> T existing(Class<T> type, String name, Long id) {
        T record = id == null ? null : em.find(type, id);
        if (record == null) {
            throw new NotFoundException(name, id);
        }
        return record;
    }

    private static long required(String field, Long id) {
        if (id == null) {
            throw new InvalidInputException(field, "is required");
        }
        return id;
    }

    private ShiftPattern pattern(Long id) {
        if (id == null) {
            throw new InvalidInputException("patternId", "is required");
        }
        ShiftPattern pattern = em.find(ShiftPattern.class, id);
        if (pattern == null) {
            throw new InvalidInputException("patternId", "no shift pattern " + id);
        }
        return pattern;
    }

    private static Set<DayOfWeek> weekdays(List<Integer> numbers) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (numbers != null) {
            for (Integer number : numbers) {
                if (number == null || number < 1 || number > 7) {
                    throw new InvalidInputException("weekdays", "ISO weekday numbers 1 (Monday) .. 7 (Sunday), not " + number);
                }
                days.add(DayOfWeek.of(number));
            }
        }
        return days;
    }

    private static ShiftPatternDto toDto(ShiftPattern pattern) {
        return new ShiftPatternDto(pattern.getId(), pattern.getLine().getId(), pattern.getCode(), pattern.getName(),
                pattern.getStartTime(), pattern.getDurationMinutes(),
                pattern.weekdaySet().stream().map(DayOfWeek::getValue).toList(), pattern.getValidFrom(), pattern.getValidTo(),
                pattern.getBreaks().stream().map(ShiftService::toDto).toList(), pattern.getVersion());
    }

    private static ShiftPatternDto.BreakDto toDto(ShiftBreak shiftBreak) {
        return new ShiftPatternDto.BreakDto(shiftBreak.getName(), shiftBreak.getOffsetMinutes(), shiftBreak.getDurationMinutes());
    }

    private static CalendarEntryDto toDto(CalendarEntry entry) {
        return new CalendarEntryDto(entry.getId(), entry.getNode().getId(), entry.getKind(), entry.getDescription(),
                entry.getStartsAt().withOffsetSameInstant(ZoneOffset.UTC), entry.getEndsAt().withOffsetSameInstant(ZoneOffset.UTC),
                entry.getVersion());
    }
}
