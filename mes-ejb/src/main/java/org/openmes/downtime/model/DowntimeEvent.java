package org.openmes.downtime.model;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;

/**
 * A stop of a piece of equipment, [startedAt, endedAt); open while endedAt is null. When it ends it becomes a minor
 * stop if it was shorter than the threshold and nobody gave it a reason: minor stops are ISO 22400 delay time, not
 * downtime events, and take no reason. Events can be split in two and adjacent ones merged; every change is audited.
 */
@Entity
@Table(name = "downtime_event")
public class DowntimeEvent extends AuditedEntity {
    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false, updatable = false)
    private PlantNode equipment;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10, updatable = false)
    private DowntimeSource source;

    @Column(name = "minor_stop", nullable = false)
    private boolean minorStop;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private DowntimeCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reason_id")
    private DowntimeReason reason;

    @Column(name = "machine_state")
    private Integer machineState;

    @Column(name = "fault_bit")
    private Integer faultBit;

    @Column(name = "fault_code", length = 40)
    private String faultCode;

    @Column(name = "fault_text", length = 200)
    private String faultText;

    @Column(name = "comment", length = MAX_COMMENT_LENGTH)
    private String comment;

    protected DowntimeEvent() {
    }

    private DowntimeEvent(PlantNode equipment, OffsetDateTime startedAt, DowntimeSource source, DowntimeCategory category) {
        if (equipment == null || equipment.getLevel() != PlantLevel.EQUIPMENT) {
            throw new InvalidInputException("equipmentId", "downtime belongs to a piece of equipment");
        }
        if (startedAt == null) {
            throw new InvalidInputException("startedAt", "is required");
        }
        this.equipment = equipment;
        this.startedAt = micros(startedAt);
        this.source = source;
        this.category = category;
    }

    /** A stop detected from telemetry, open, in PackML state {@code machineState} (null when unknown). */
    public static DowntimeEvent detected(PlantNode equipment, OffsetDateTime at, Integer machineState, DowntimeCategory category) {
        DowntimeEvent event = new DowntimeEvent(equipment, at, DowntimeSource.AUTOMATIC, category);
        event.machineState = machineState;
        return event;
    }

    /** A stop entered by a person, with its reason; {@code endedAt} null while it lasts. */
    public static DowntimeEvent entered(PlantNode equipment, OffsetDateTime startedAt, OffsetDateTime endedAt,
                                        DowntimeReason reason, String comment) {
        if (reason == null) {
            throw new InvalidInputException("reasonId", "is required");
        }
        DowntimeEvent event = new DowntimeEvent(equipment, startedAt, DowntimeSource.MANUAL, reason.getCategory());
        if (endedAt != null && !micros(endedAt).isAfter(event.startedAt)) {
            throw new InvalidInputException("endedAt", "must be after startedAt");
        }
        if (endedAt != null && endedAt.isAfter(OffsetDateTime.now().plusMinutes(1))) {
            throw new InvalidInputException("endedAt", "must not lie in the future");
        }
        event.endedAt = endedAt == null ? null : micros(endedAt);
        event.assignReason(reason);
        event.describe(comment);
        return event;
    }

    /**
     * The fault that explains this stop, as the fault catalog names it ({@code code}, {@code text} and
     * {@code catalogCategory} null when the bit is not cataloged). Only the first fault is kept, and a category only
     * while nobody chose a reason.
     */
    public void explainByFault(int bit, String code, String text, DowntimeCategory catalogCategory) {
        if (faultBit != null) {
            return;
        }
        faultBit = bit;
        faultCode = code;
        faultText = text;
        if (reason == null && catalogCategory != null) {
            category = catalogCategory;
        }
        markRowChanged();
    }

    /** Ends the stop at {@code at}; shorter than {@code minorThreshold} and without a reason, it is a minor stop. */
    public void close(OffsetDateTime at, Duration minorThreshold) {
        if (endedAt != null) {
            throw new ConflictException("endedAt", "downtime event " + id + " has ended already");
        }
        OffsetDateTime end = micros(at);
        // a stop that ends in the instant it began (comms lost in the same scan) still lasts one microsecond
        endedAt = end.isAfter(startedAt) ? end : startedAt.plus(1, ChronoUnit.MICROS);
        minorStop = reason == null && Duration.between(startedAt, endedAt).compareTo(minorThreshold) < 0;
        markRowChanged();
    }

    public void assignReason(DowntimeReason newReason) {
        if (minorStop) {
            throw new ConflictException("reasonId", "a minor stop takes no reason");
        }
        if (newReason == null) {
            throw new InvalidInputException("reasonId", "is required");
        }
        if (!newReason.isActive()) {
            throw new InvalidInputException("reasonId", "reason " + newReason.getCode() + " is inactive");
        }
        if (reason == null || !Objects.equals(reason.getId(), newReason.getId())) {
            reason = newReason;
            category = newReason.getCategory();
            markRowChanged();
        }
    }

    public void describe(String newComment) {
        if (newComment != null && newComment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "at most " + MAX_COMMENT_LENGTH + " characters");
        }
        String value = newComment == null || newComment.isBlank() ? null : newComment.trim();
        if (!Objects.equals(value, comment)) {
            comment = value;
            markRowChanged();
        }
    }

    /**
     * Splits this event at {@code at}: this one ends there, the returned new one (same equipment, reason, fault)
     * starts there and ends where this one did.
     */
    public DowntimeEvent splitAt(OffsetDateTime at) {
        requireEvent("split");
        OffsetDateTime cut = at == null ? null : micros(at);
        if (cut == null || !cut.isAfter(startedAt) || (endedAt != null && !cut.isBefore(endedAt))) {
            throw new InvalidInputException("at", "must lie strictly between the event's start and end");
        }
        DowntimeEvent second = new DowntimeEvent(equipment, cut, source, category);
        second.endedAt = endedAt;
        second.reason = reason;
        second.machineState = machineState;
        second.faultBit = faultBit;
        second.faultCode = faultCode;
        second.faultText = faultText;
        second.comment = comment;
        endedAt = cut;
        markRowChanged();
        return second;
    }

    /** Takes {@code next}, which must start where this one ends on the same equipment, into this one. */
    public void absorb(DowntimeEvent next) {
        requireEvent("merged");
        next.requireEvent("merged");
        if (next.equipment != equipment && !Objects.equals(next.equipment.getId(), equipment.getId())) {
            throw new ConflictException("nextId", "events of different equipment cannot be merged");
        }
        if (endedAt == null || !endedAt.isEqual(next.startedAt)) {
            throw new ConflictException("nextId", "event " + next.id + " does not start where event " + id + " ends");
        }
        endedAt = next.endedAt;
        if (reason == null && next.reason != null) {
            reason = next.reason;
            category = next.category;
        }
        if (faultBit == null && next.faultBit != null) {
            faultBit = next.faultBit;
            faultCode = next.faultCode;
            faultText = next.faultText;
        }
        markRowChanged();
    }

    private void requireEvent(String action) {
        if (minorStop) {
            throw new ConflictException("id", "a minor stop is not a downtime event: it cannot be " + action);
        }
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    private static OffsetDateTime micros(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public PlantNode getEquipment() {
        return equipment;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public DowntimeSource getSource() {
        return source;
    }

    public boolean isMinorStop() {
        return minorStop;
    }

    public DowntimeCategory getCategory() {
        return category;
    }

    public DowntimeReason getReason() {
        return reason;
    }

    public Integer getMachineState() {
        return machineState;
    }

    public Integer getFaultBit() {
        return faultBit;
    }

    public String getFaultCode() {
        return faultCode;
    }

    public String getFaultText() {
        return faultText;
    }

    public String getComment() {
        return comment;
    }
}
