package org.openmes.shift.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;

/**
 * A shift that repeats on some weekdays on a production line, e.g. "early: 06:00, 480 min, Mon–Fri, break 30 min
 * after 4 h". Breaks lie within the shift.
 */
@Entity
@Table(name = "shift_pattern")
public class ShiftPattern extends AuditedEntity {
    public static final int MAX_MINUTES = 1440;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id", nullable = false, updatable = false)
    private PlantNode line;

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "weekdays", nullable = false, length = 7)
    private String weekdays;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @OneToMany(mappedBy = "pattern", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("offsetMinutes")
    private List<ShiftBreak> breaks = new ArrayList<>();

    protected ShiftPattern() {
    }

    public ShiftPattern(PlantNode line, String code, String name, LocalTime startTime, int durationMinutes,
                        Set<DayOfWeek> weekdays, LocalDate validFrom, LocalDate validTo) {
        if (line == null || line.getLevel() != PlantLevel.PRODUCTION_LINE) {
            throw new InvalidInputException("lineId", "shift patterns belong to a production line");
        }
        if (code == null || !code.trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new InvalidInputException("code", "1..40 letters, digits, '.', '_' or '-'");
        }
        this.line = line;
        this.code = code.trim().toUpperCase(Locale.ROOT);
        define(name, startTime, durationMinutes, weekdays, validFrom, validTo);
    }

    /**
     * Changes name, start, duration, weekdays and validity (line and code stay) and drops the breaks: the caller adds
     * the breaks the changed shift has ({@link #addBreak}), so each is checked against the new span.
     */
    public void redefine(String name, LocalTime startTime, int durationMinutes, Set<DayOfWeek> weekdays, LocalDate validFrom,
                         LocalDate validTo) {
        define(name, startTime, durationMinutes, weekdays, validFrom, validTo);
        breaks.clear();
        markRowChanged();
    }

    private void define(String name, LocalTime startTime, int durationMinutes, Set<DayOfWeek> weekdays, LocalDate validFrom,
                        LocalDate validTo) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new InvalidInputException("name", "is required (at most 120 characters)");
        }
        if (startTime == null || startTime.getSecond() != 0 || startTime.getNano() != 0) {
            throw new InvalidInputException("startTime", "is required, in whole minutes (OEE counts by the minute)");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new InvalidInputException("durationMinutes", "must be 1.." + MAX_MINUTES);
        }
        if (weekdays == null || weekdays.isEmpty()) {
            throw new InvalidInputException("weekdays", "name at least one weekday");
        }
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "is required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("validTo", "must not be before validFrom");
        }
        this.name = name.trim();
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.weekdays = weekdays.stream().sorted().map(d -> String.valueOf(d.getValue())).reduce("", String::concat);
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Adds a break {@code offsetMinutes} after the start; it must lie within the shift and overlap no other. */
    public ShiftBreak addBreak(String breakName, int offsetMinutes, int minutes) {
        if (breakName == null || breakName.isBlank() || breakName.length() > 120) {
            throw new InvalidInputException("breaks", "every break needs a name (at most 120 characters)");
        }
        if (offsetMinutes < 0 || minutes < 1 || offsetMinutes + minutes > durationMinutes) {
            throw new InvalidInputException("breaks", "break '" + breakName + "' must lie within the shift's "
                    + durationMinutes + " minutes");
        }
        for (ShiftBreak other : breaks) {
            if (offsetMinutes < other.getOffsetMinutes() + other.getDurationMinutes()
                    && other.getOffsetMinutes() < offsetMinutes + minutes) {
                throw new InvalidInputException("breaks", "break '" + breakName + "' overlaps '" + other.getName() + "'");
            }
        }
        ShiftBreak added = new ShiftBreak(this, breakName.trim(), offsetMinutes, minutes);
        breaks.add(added);
        return added;
    }

    /** The pattern as the time model uses it. */
    public ShiftDefinition definition() {
        return new ShiftDefinition(id, code, startTime, durationMinutes, weekdaySet(), validFrom, validTo,
                breaks.stream().map(b -> new ShiftDefinition.BreakDefinition(b.getName(), b.getOffsetMinutes(),
                        b.getDurationMinutes())).toList());
    }

    public Set<DayOfWeek> weekdaySet() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
        return days;
    }

    public Long getId() {
        return id;
    }

    public PlantNode getLine() {
        return line;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public List<ShiftBreak> getBreaks() {
        return List.copyOf(breaks);
    }
}
