package org.openmes.telemetry.model;

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
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.Equipment;

/** Which tag delivers a canonical signal of a piece of equipment; one tag per equipment and signal. */
@Entity
@Table(name = "telemetry_signal_mapping")
public class SignalMapping extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false, updatable = false)
    private Equipment equipment;

    @Enumerated(EnumType.STRING)
    @Column(name = "signal", nullable = false, length = 20, updatable = false)
    private EquipmentSignal signal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id", nullable = false)
    private PlcTag tag;

    protected SignalMapping() {
    }

    public SignalMapping(Equipment equipment, EquipmentSignal signal, PlcTag tag) {
        if (signal == null) {
            throw new InvalidInputException("signal", "is required");
        }
        if (signal == EquipmentSignal.COMMS) {
            throw new InvalidInputException("signal", "COMMS is the state of the communication, kept by the ingest;"
                    + " it cannot be mapped to a tag");
        }
        this.equipment = equipment;
        this.signal = signal;
        changeTag(tag);
    }

    /** Lets another tag deliver the signal (a replaced sensor, a moved address); equipment and signal stay. */
    public void changeTag(PlcTag newTag) {
        if (newTag.getRetiredAt() != null) {
            throw new InvalidInputException("tagId", "tag " + newTag.getName() + " is retired");
        }
        requireIntegerFaultWord(signal, newTag.getDataType(), "tagId");
        if (newTag != tag) {
            tag = newTag;
            markRowChanged();
        }
    }

    /** A FAULT_WORD is an array of bits: its tag must be read as an integer. */
    public static void requireIntegerFaultWord(EquipmentSignal signal, TagDataType dataType, String field) {
        if (signal == EquipmentSignal.FAULT_WORD && dataType == TagDataType.REAL) {
            throw new InvalidInputException(field, "a FAULT_WORD needs an integer tag (INT or LONG), not REAL");
        }
    }

    public Long getId() {
        return id;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public EquipmentSignal getSignal() {
        return signal;
    }

    public PlcTag getTag() {
        return tag;
    }
}
