package org.openmes.shift.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/** A person (user name) working the shift of a pattern on a date. */
@Entity
@Table(name = "shift_assignment")
public class ShiftAssignment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pattern_id", nullable = false, updatable = false)
    private ShiftPattern pattern;

    @Column(name = "shift_date", nullable = false, updatable = false)
    private LocalDate shiftDate;

    @Column(name = "person", nullable = false, length = 120, updatable = false)
    private String person;

    protected ShiftAssignment() {
    }

    public ShiftAssignment(ShiftPattern pattern, LocalDate shiftDate, String person) {
        if (shiftDate == null) {
            throw new InvalidInputException("shiftDate", "is required");
        }
        if (!pattern.weekdaySet().contains(shiftDate.getDayOfWeek()) || shiftDate.isBefore(pattern.getValidFrom())
                || (pattern.getValidTo() != null && shiftDate.isAfter(pattern.getValidTo()))) {
            throw new InvalidInputException("shiftDate", "shift " + pattern.getCode() + " is not worked on " + shiftDate);
        }
        if (person == null || person.isBlank() || person.length() > 120) {
            throw new InvalidInputException("person", "is required (a user name, at most 120 characters)");
        }
        this.pattern = pattern;
        this.shiftDate = shiftDate;
        this.person = person.trim();
    }

    public Long getId() {
        return id;
    }

    public ShiftPattern getPattern() {
        return pattern;
    }

    public LocalDate getShiftDate() {
        return shiftDate;
    }

    public String getPerson() {
        return person;
    }
}
