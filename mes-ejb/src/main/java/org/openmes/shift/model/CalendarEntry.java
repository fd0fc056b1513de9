package org.openmes.shift.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;

/**
 * An entry of the plant calendar for a production line, or for every line of a site or area: a holiday (no
 * operation) or planned down time (break, meeting, planned maintenance). Times are whole minutes, as OEE measures
 * by the minute.
 */
@Entity
@Table(name = "plant_calendar_entry")
public class CalendarEntry extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false, updatable = false)
    private PlantNode node;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CalendarKind kind;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    protected CalendarEntry() {
    }

    public CalendarEntry(PlantNode node, CalendarKind kind, String description, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (node == null || !EnumSet.of(PlantLevel.SITE, PlantLevel.AREA, PlantLevel.PRODUCTION_LINE).contains(node.getLevel())) {
            throw new InvalidInputException("nodeId", "calendar entries belong to a site, an area or a production line");
        }
        this.node = node;
        define(kind, description, startsAt, endsAt);
    }

    /** Changes kind, description and span; the node stays. */
    public void change(CalendarKind kind, String description, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        define(kind, description, startsAt, endsAt);
        markRowChanged();
    }

    private void define(CalendarKind kind, String description, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required: HOLIDAY, BREAK, MEETING or PLANNED_MAINTENANCE");
        }
        if (description == null || description.isBlank() || description.length() > 200) {
            throw new InvalidInputException("description", "is required (at most 200 characters)");
        }
        if (startsAt == null || startsAt.getSecond() != 0 || startsAt.getNano() != 0) {
            throw new InvalidInputException("startsAt", "is required, in whole minutes");
        }
        if (endsAt == null || endsAt.getSecond() != 0 || endsAt.getNano() != 0 || !endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "is required, in whole minutes, after startsAt");
        }
        this.kind = kind;
        this.description = description.trim();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public TimeModel.CalendarSpan span() {
        return new TimeModel.CalendarSpan(kind, new Interval(startsAt.toInstant(), endsAt.toInstant()));
    }

    public Long getId() {
        return id;
    }

    public PlantNode getNode() {
        return node;
    }

    public CalendarKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }
}
