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
import org.openmes.common.persistence.AuditedEntity;

/** A planned break of every shift of a pattern; created only through {@link ShiftPattern#addBreak}. */
@Entity
@Table(name = "shift_break")
public class ShiftBreak extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pattern_id", nullable = false, updatable = false)
    private ShiftPattern pattern;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "offset_minutes", nullable = false)
    private int offsetMinutes;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected ShiftBreak() {
    }

    ShiftBreak(ShiftPattern pattern, String name, int offsetMinutes, int durationMinutes) {
        this.pattern = pattern;
        this.name = name;
        this.offsetMinutes = offsetMinutes;
        this.durationMinutes = durationMinutes;
    }

    public Long getId() {
        return id;
    }

    public ShiftPattern getPattern() {
        return pattern;
    }

    public String getName() {
        return name;
    }

    public int getOffsetMinutes() {
        return offsetMinutes;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }
}
