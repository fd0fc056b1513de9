package org.openmes.shift.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openmes.common.InvalidInputException;
import org.openmes.common.PageRequest;
import org.openmes.execution.model.SchedulePriority;
import org.openmes.execution.service.ScheduleEntryDraft;
import org.openmes.execution.service.ScheduleEntryDto;
import org.openmes.execution.service.ScheduleService;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.shift.model.CalendarKind;
import org.openmes.shift.service.CalendarEntryDto;
import org.openmes.shift.service.ProductionTargetDto;
import org.openmes.shift.service.ShiftAssignmentDto;
import org.openmes.shift.service.ShiftPatternDto;
import org.openmes.shift.service.ShiftService;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /shifts.xhtml?line=}: a line's time model and schedule. Shift patterns with breaks (create,
 * change, delete), the plant calendar of the line, its area and its site (create, change, delete), the people on the
 * shifts of the next two weeks and the production targets of a pattern, and the line's schedule entries (change,
 * delete; the schedule's conflict checks answer beside the field). Times of the calendar and the schedule are UTC; a
 * shift's start is in the plant's time zone ({@code mes.shift.time-zone}).
 */
@Named
@ViewScoped
public class ShiftsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "shiftsForm";
    private static final String PATTERN_FORM = "patternForm";
    private static final String CALENDAR_FORM = "calendarForm";
    private static final String PEOPLE_FORM = "peopleForm";
    private static final String ENTRY_FORM = "entryForm";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How far back and ahead the calendar and the schedule are listed. */
    private static final int DAYS_BACK = 7;
    private static final int DAYS_AHEAD = 60;
    /** How many days of shift assignments are listed, from today on. */
    private static final int PEOPLE_DAYS = 14;

    @EJB
    private ShiftService shiftService;

    @EJB
    private ScheduleService scheduleService;

    @EJB
    private PlantService plantService;

    private List<PlantNodeDto> lines;
    private Long lineId;
    /** The line, its area and its site: where calendar entries of the line may be kept. */
    private List<PlantNodeDto> calendarNodes = List.of();
    private List<ShiftPatternDto> patterns = List.of();
    private List<CalendarEntryDto> calendar = List.of();
    private List<ScheduleEntryDto> entries = List.of();
    private Long patternId;
    private List<ShiftAssignmentDto> assignments = List.of();
    private List<ProductionTargetDto> targets = List.of();

    private PatternForm pattern = new PatternForm();
    private CalendarForm calendarEntry = new CalendarForm();
    private EntryForm entry = new EntryForm();
    private String shiftDate;
    private String person;
    private String targetFrom;
    private BigDecimal targetQuantity;

    /** The fields of the pattern dialog; {@code id} null for a new pattern. */
    public static class PatternForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Long version;
        private String code;
        private String name;
        private String startTime;
        private Integer durationMinutes;
        private List<String> weekdays = new ArrayList<>();
        private String validFrom;
        private String validTo;
        private String breaks;

        public Long getId() { return id; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStartTime() { return startTime; }
        public void setStartTime(String startTime) { this.startTime = startTime; }
        public Integer getDurationMinutes() { return durationMinutes; }
        public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
        public List<String> getWeekdays() { return weekdays; }
        public void setWeekdays(List<String> weekdays) { this.weekdays = weekdays; }
        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
        public String getValidTo() { return validTo; }
        public void setValidTo(String validTo) { this.validTo = validTo; }
        public String getBreaks() { return breaks; }
        public void setBreaks(String breaks) { this.breaks = breaks; }
    }

    /** The fields of the calendar dialog; {@code id} null for a new entry. */
    public static class CalendarForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Long version;
        private Long nodeId;
        private CalendarKind kind;
        private String description;
        private String startsAt;
        private String endsAt;

        public Long getId() { return id; }
        public Long getNodeId() { return nodeId; }
        public void setNodeId(Long nodeId) { this.nodeId = nodeId; }
        public CalendarKind getKind() { return kind; }
        public void setKind(CalendarKind kind) { this.kind = kind; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getStartsAt() { return startsAt; }
        public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
        public String getEndsAt() { return endsAt; }
        public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
    }

    /** The fields of the schedule entry dialog. */
    public static class EntryForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Long version;
        private String productCode;
        private BigDecimal plannedQuantity;
        private SchedulePriority priority;
        private String plannedStart;
        private String plannedEnd;
        private String notes;

        public Long getId() { return id; }
        public String getProductCode() { return productCode; }
        public void setProductCode(String productCode) { this.productCode = productCode; }
        public BigDecimal getPlannedQuantity() { return plannedQuantity; }
        public void setPlannedQuantity(BigDecimal plannedQuantity) { this.plannedQuantity = plannedQuantity; }
        public SchedulePriority getPriority() { return priority; }
        public void setPriority(SchedulePriority priority) { this.priority = priority; }
        public String getPlannedStart() { return plannedStart; }
        public void setPlannedStart(String plannedStart) { this.plannedStart = plannedStart; }
        public String getPlannedEnd() { return plannedEnd; }
        public void setPlannedEnd(String plannedEnd) { this.plannedEnd = plannedEnd; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    /** On the first rendering: the lines, and the chosen line's data (the {@code line} parameter). */
    public void load() {
        if (lines == null) {
            lines = plantService.find(new PlantNodeFilter(PlantLevel.PRODUCTION_LINE, null, true, null),
                    PageRequest.of(0, PageRequest.MAX_SIZE, "code")).getItems();
            shiftDate = LocalDate.now(ZoneOffset.UTC).toString();
            targetFrom = shiftDate;
            show();
        }
    }

    /** Reads the chosen line's patterns, calendar and schedule. */
    public void show() {
        ActionFeedback.run(FORM, () -> {
            if (lineId == null) {
                calendarNodes = List.of();
                patterns = List.of();
                calendar = List.of();
                entries = List.of();
                patternId = null;
                return;
            }
            List<PlantNodeDto> nodes = new ArrayList<>();
            for (PlantNodeDto node = plantService.get(lineId); node != null && node.getLevel() != PlantLevel.ENTERPRISE;
                 node = node.getParentId() == null ? null : plantService.get(node.getParentId())) {
                nodes.add(node);
            }
            calendarNodes = nodes;
            patterns = shiftService.patterns(lineId);
            if (patternId == null || patterns.stream().noneMatch(p -> p.id().equals(patternId))) {
                patternId = patterns.isEmpty() ? null : patterns.get(0).id();
            }
            readCalendarAndSchedule();
            readPeople();
        });
    }

    private void readCalendarAndSchedule() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(DAYS_BACK, ChronoUnit.DAYS);
        Instant to = from.plus(DAYS_BACK + DAYS_AHEAD, ChronoUnit.DAYS);
        calendar = calendarNodes.stream().flatMap(node -> shiftService.calendar(node.getId(), from, to).stream())
                .sorted(Comparator.comparing(CalendarEntryDto::startsAt)).toList();
        entries = scheduleService.entries(lineId, from, to);
    }

    /** Reads the people and targets of the chosen pattern. */
    public void readPeople() {
        ActionFeedback.run(FORM, () -> {
            if (patternId == null) {
                assignments = List.of();
                targets = List.of();
                return;
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assignments = shiftService.assignments(patternId, today, today.plusDays(PEOPLE_DAYS - 1));
            targets = shiftService.targets(patternId);
        });
    }

    // ---- shift patterns ------------------------------------------------------------------------------

    public void newPattern() {
        pattern = new PatternForm();
        pattern.startTime = "06:00";
        pattern.durationMinutes = 480;
        pattern.weekdays = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
        pattern.validFrom = LocalDate.now(ZoneOffset.UTC).toString();
    }

    public void editPattern(ShiftPatternDto chosen) {
        pattern = new PatternForm();
        pattern.id = chosen.id();
        pattern.version = chosen.version();
        pattern.code = chosen.code();
        pattern.name = chosen.name();
        pattern.startTime = chosen.startTime().toString();
        pattern.durationMinutes = chosen.durationMinutes();
        pattern.weekdays = chosen.weekdays().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        pattern.validFrom = chosen.validFrom().toString();
        pattern.validTo = chosen.validTo() == null ? null : chosen.validTo().toString();
        pattern.breaks = chosen.breaks().stream().map(b -> b.name() + ", " + b.offsetMinutes() + ", " + b.durationMinutes())
                .collect(Collectors.joining("\n"));
    }

    public void savePattern() {
        if (ActionFeedback.run(PATTERN_FORM, () -> {
            ShiftPatternDto draft = new ShiftPatternDto(pattern.id, lineId, pattern.code, pattern.name,
                    parse(pattern.startTime, "startTime", "a time of day like 06:00", LocalTime::parse),
                    pattern.durationMinutes, pattern.weekdays.stream().map(Integer::valueOf).toList(),
                    parse(pattern.validFrom, "validFrom", "a date like 2026-01-05", LocalDate::parse),
                    blank(pattern.validTo) ? null : parse(pattern.validTo, "validTo", "a date like 2026-01-05", LocalDate::parse),
                    breaks(pattern.breaks), pattern.version);
            ShiftPatternDto saved = pattern.id == null ? shiftService.createPattern(draft) : shiftService.updatePattern(pattern.id, draft);
            ActionFeedback.info("Shift pattern " + saved.code() + " saved");
            patternId = saved.id();
            show();
        })) {
            PrimeFaces.current().executeScript("PF('patternDialog').hide()");
        }
    }

    public void deletePattern() {
        if (ActionFeedback.run(PATTERN_FORM, () -> {
            shiftService.deletePattern(pattern.id, pattern.version);
            ActionFeedback.info("Shift pattern " + pattern.code + " deleted");
            show();
        })) {
            PrimeFaces.current().executeScript("PF('patternDialog').hide()");
        }
    }

    /** One break a line: "name, minutes after the start, minutes". */
    private static List<ShiftPatternDto.BreakDto> breaks(String text) {
        List<ShiftPatternDto.BreakDto> breaks = new ArrayList<>();
        if (text == null) {
            return breaks;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException(line);
                }
                breaks.add(new ShiftPatternDto.BreakDto(parts[0].strip(), Integer.valueOf(parts[1].strip()), Integer.valueOf(parts[2].strip())));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("breaks", "'" + line.strip() + "' is not a break like 'Lunch, 240, 30' (name, minutes"
                        + " after the start, minutes)");
            }
        }
        return breaks;
    }

    // ---- plant calendar ------------------------------------------------------------------------------

    public void newCalendarEntry() {
        calendarEntry = new CalendarForm();
        calendarEntry.nodeId = lineId;
        calendarEntry.kind = CalendarKind.PLANNED_MAINTENANCE;
        LocalDateTime tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(6, 0);
        calendarEntry.startsAt = tomorrow.format(MINUTES);
        calendarEntry.endsAt = tomorrow.plusHours(2).format(MINUTES);
    }

    public void editCalendarEntry(CalendarEntryDto chosen) {
        calendarEntry = new CalendarForm();
        calendarEntry.id = chosen.id();
        calendarEntry.version = chosen.version();
        calendarEntry.nodeId = chosen.nodeId();
        calendarEntry.kind = chosen.kind();
        calendarEntry.description = chosen.description();
        calendarEntry.startsAt = format(chosen.startsAt());
        calendarEntry.endsAt = format(chosen.endsAt());
    }

    public void saveCalendarEntry() {
        if (ActionFeedback.run(CALENDAR_FORM, () -> {
            CalendarEntryDto draft = new CalendarEntryDto(calendarEntry.id, calendarEntry.nodeId, calendarEntry.kind,
                    calendarEntry.description, utc(calendarEntry.startsAt, "startsAt"), utc(calendarEntry.endsAt, "endsAt"),
                    calendarEntry.version);
            CalendarEntryDto saved = calendarEntry.id == null ? shiftService.addCalendarEntry(draft)
                    : shiftService.updateCalendarEntry(calendarEntry.id, draft);
            ActionFeedback.info("Calendar entry " + saved.description() + " saved");
            readCalendarAndSchedule();
        })) {
            PrimeFaces.current().executeScript("PF('calendarDialog').hide()");
        }
    }

    public void deleteCalendarEntry() {
        if (ActionFeedback.run(CALENDAR_FORM, () -> {
            shiftService.deleteCalendarEntry(calendarEntry.id, calendarEntry.version);
            ActionFeedback.info("Calendar entry " + calendarEntry.description + " deleted");
            readCalendarAndSchedule();
        })) {
            PrimeFaces.current().executeScript("PF('calendarDialog').hide()");
        }
    }

    // ---- people and targets --------------------------------------------------------------------------

    public void assignPerson() {
        ActionFeedback.run(PEOPLE_FORM, () -> {
            ShiftAssignmentDto saved = shiftService.assign(new ShiftAssignmentDto(null, patternId,
                    parse(shiftDate, "shiftDate", "a date like 2026-01-05", LocalDate::parse), person));
            ActionFeedback.info(saved.person() + " works the shift on " + saved.shiftDate());
            person = null;
            readPeople();
        });
    }

    public void deleteAssignment(long id) {
        ActionFeedback.run(PEOPLE_FORM, () -> {
            shiftService.deleteAssignment(id);
            readPeople();
        });
    }

    public void setTarget() {
        ActionFeedback.run(PEOPLE_FORM, () -> {
            ProductionTargetDto saved = shiftService.setTarget(new ProductionTargetDto(null, patternId,
                    parse(targetFrom, "validFrom", "a date like 2026-01-05", LocalDate::parse), targetQuantity));
            ActionFeedback.info("Target " + saved.quantity().stripTrailingZeros().toPlainString() + " from " + saved.validFrom());
            targetQuantity = null;
            readPeople();
        });
    }

    public void deleteTarget(long id) {
        ActionFeedback.run(PEOPLE_FORM, () -> {
            shiftService.deleteTarget(id);
            readPeople();
        });
    }

    // ---- schedule entries ----------------------------------------------------------------------------

    public void editEntry(ScheduleEntryDto chosen) {
        entry = new EntryForm();
        entry.id = chosen.id();
        entry.version = chosen.version();
        entry.productCode = chosen.productCode();
        entry.plannedQuantity = chosen.plannedQuantity();
        entry.priority = chosen.priority();
        entry.plannedStart = format(chosen.plannedStart().atOffset(ZoneOffset.UTC));
        entry.plannedEnd = format(chosen.plannedEnd().atOffset(ZoneOffset.UTC));
        entry.notes = chosen.notes();
    }

    public void saveEntry() {
        if (ActionFeedback.run(ENTRY_FORM, () -> {
            ScheduleEntryDto saved = scheduleService.change(entry.id, new ScheduleEntryDraft(lineId, entry.productCode, entry.plannedQuantity,
                    utc(entry.plannedStart, "plannedStart").toInstant(), utc(entry.plannedEnd, "plannedEnd").toInstant(), entry.priority,
                    entry.notes), entry.version);
            ActionFeedback.info("Schedule entry " + saved.id() + " changed");
            readCalendarAndSchedule();
        })) {
            PrimeFaces.current().executeScript("PF('entryDialog').hide()");
        }
    }

    public void deleteEntry() {
        if (ActionFeedback.run(ENTRY_FORM, () -> {
            scheduleService.delete(entry.id, entry.version);
            ActionFeedback.info("Schedule entry " + entry.id + " deleted");
            readCalendarAndSchedule();
        })) {
            PrimeFaces.current().executeScript("PF('entryDialog').hide()");
        }
    }

    // ---- formatting and parsing ----------------------------------------------------------------------

    public String format(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTES);
    }

    public String formatInstant(Instant time) {
        return time == null ? "" : format(time.atOffset(ZoneOffset.UTC));
    }

    public String nodeCode(Long nodeId) {
        return calendarNodes.stream().filter(node -> node.getId().equals(nodeId)).map(PlantNodeDto::getCode).findFirst().orElse("#" + nodeId);
    }

    /** ISO weekday numbers as short names: "Mon Tue Wed". */
    public String weekdays(ShiftPatternDto shown) {
        return shown.weekdays().stream().map(day -> DayOfWeek.of(day).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(" "));
    }

    public String breaksText(ShiftPatternDto shown) {
        return shown.breaks().stream().map(b -> b.name() + " +" + b.offsetMinutes() + " min, " + b.durationMinutes() + " min")
                .collect(Collectors.joining("; "));
    }

    private static OffsetDateTime utc(String text, String field) {
        return parse(text, field, "a time like 2026-01-05 06:00 (UTC)", value -> LocalDateTime.parse(value, MINUTES)).atOffset(ZoneOffset.UTC);
    }

    private static <T> T parse(String text, String field, String expected, Function<String, T> parser) {
        if (blank(text)) {
            throw new InvalidInputException(field, "is required: " + expected);
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text.strip() + "' is not " + expected);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public CalendarKind[] getCalendarKinds() {
        return CalendarKind.values();
    }

    public SchedulePriority[] getPriorities() {
        return SchedulePriority.values();
    }

    public List<PlantNodeDto> getLines() { return lines; }
    public Long getLineId() { return lineId; }
    public void setLineId(Long lineId) { this.lineId = lineId; }
    public List<PlantNodeDto> getCalendarNodes() { return calendarNodes; }
    public List<ShiftPatternDto> getPatterns() { return patterns; }
    public List<CalendarEntryDto> getCalendar() { return calendar; }
    public List<ScheduleEntryDto> getEntries() { return entries; }
    public Long getPatternId() { return patternId; }
    public void setPatternId(Long patternId) { this.patternId = patternId; }
    public List<ShiftAssignmentDto> getAssignments() { return assignments; }
    public List<ProductionTargetDto> getTargets() { return targets; }
    public PatternForm getPattern() { return pattern; }
    public CalendarForm getCalendarEntry() { return calendarEntry; }
    public EntryForm getEntry() { return entry; }
    public String getShiftDate() { return shiftDate; }
    public void setShiftDate(String shiftDate) { this.shiftDate = shiftDate; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getTargetFrom() { return targetFrom; }
    public void setTargetFrom(String targetFrom) { this.targetFrom = targetFrom; }
    public BigDecimal getTargetQuantity() { return targetQuantity; }
    public void setTargetQuantity(BigDecimal targetQuantity) { this.targetQuantity = targetQuantity; }
}
