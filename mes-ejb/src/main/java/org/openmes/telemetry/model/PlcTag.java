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
import java.time.OffsetDateTime;
import java.util.Objects;
import org.openmes.common.InvalidInputException;

/**
 * One value the connector reads from a PLC: its PLC4X address, type, scaling to engineering units
 * ({@code raw * scale + offset}), the deadband of report-by-exception and the scan class it is read in, which
 * must be one of its connection's. Whether the driver accepts the address is checked by the service.
 */
@Entity
@Table(name = "telemetry_tag")
public class PlcTag extends org.openmes.common.persistence.AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plc_connection_id", nullable = false, updatable = false)
    private PlcConnection connection;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "address", nullable = false, length = 400)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type", nullable = false, length = 20)
    private TagDataType dataType;

    @Column(name = "scale", nullable = false)
    private double scale;

    @Column(name = "value_offset", nullable = false)
    private double valueOffset;

    @Column(name = "unit", length = 20)
    private String unit;

    @Column(name = "deadband", nullable = false)
    private double deadband;

    @Column(name = "scan_class", nullable = false, length = 40)
    private String scanClass;

    /** Whether the MES may write this tag on demand (outbound tag access); false unless someone decided so. */
    @Column(name = "writable", nullable = false)
    private boolean writable;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @Column(name = "retired_by", length = 120)
    private String retiredBy;

    protected PlcTag() {
    }

    public PlcTag(PlcConnection connection, String name, String address, TagDataType dataType, double scale,
                  double valueOffset, String unit, double deadband, String scanClass) {
        this.connection = connection;
        this.name = PlcConnection.required("name", name, 80);
        change(address, dataType, scale, valueOffset, unit, deadband, scanClass);
    }

    /** Changes how the tag is read and scaled; its connection and name (its key) stay. */
    public void change(String newAddress, TagDataType newDataType, double newScale, double newValueOffset, String newUnit,
                       double newDeadband, String newScanClass) {
        String checkedAddress = PlcConnection.required("address", newAddress, 400);
        if (newDataType == null) {
            throw new InvalidInputException("dataType", "is required: BOOL, INT, LONG or REAL");
        }
        if (newScale == 0 || !Double.isFinite(newScale)) {
            throw new InvalidInputException("scale", "must be a finite number other than 0");
        }
        if (!Double.isFinite(newValueOffset)) {
            throw new InvalidInputException("offset", "must be a finite number");
        }
        if ((newDataType == TagDataType.LONG || newDataType == TagDataType.BOOL) && (newScale != 1 || newValueOffset != 0)) {
            // a fault array or a bit scaled is no longer the bits the PLC sent
            throw new InvalidInputException("scale", "must be 1 with offset 0 for " + newDataType + " tags");
        }
        String checkedUnit = newUnit == null || newUnit.isBlank() ? null : PlcConnection.required("unit", newUnit, 20);
        if (newDeadband < 0 || !Double.isFinite(newDeadband)) {
            throw new InvalidInputException("deadband", "must be 0 or more");
        }
        String checkedScanClass = PlcConnection.required("scanClass", newScanClass, 40);
        if (!connection.getScanClasses().contains(checkedScanClass)) {
            throw new InvalidInputException("scanClass", "must be one of the connection's scan classes "
                    + connection.getScanClasses().periods().keySet());
        }
        if (!checkedAddress.equals(address) || newDataType != dataType || newScale != scale || newValueOffset != valueOffset
                || !Objects.equals(checkedUnit, unit) || newDeadband != deadband || !checkedScanClass.equals(scanClass)) {
            address = checkedAddress;
            dataType = newDataType;
            scale = newScale;
            valueOffset = newValueOffset;
            unit = checkedUnit;
            deadband = newDeadband;
            scanClass = checkedScanClass;
            markRowChanged();
        }
    }

    /**
     * Deletes the tag as far as history allows: it is no longer read or listed and its name is free, but the row stays
     * so that its samples and events still say what they measured. A mapped tag is not retired (the service refuses).
     */
    public void retire(OffsetDateTime at, String by) {
        if (retiredAt == null) {
            retiredAt = at;
            retiredBy = by;
            markRowChanged();
        }
    }

    public Long getId() {
        return id;
    }

    public PlcConnection getConnection() {
        return connection;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public TagDataType getDataType() {
        return dataType;
    }

    public double getScale() {
        return scale;
    }

    public double getValueOffset() {
        return valueOffset;
    }

    public String getUnit() {
        return unit;
    }

    public double getDeadband() {
        return deadband;
    }

    public String getScanClass() {
        return scanClass;
    }

    public OffsetDateTime getRetiredAt() {
        return retiredAt;
    }

    /** Who retired the tag; null while it is active. */
    public String getRetiredBy() {
        return retiredBy;
    }

    public boolean isWritable() {
        return writable;
    }

    /** Allows or forbids on-demand writes of this tag; a PLC tag is read-only unless someone allowed writes. */
    public void allowWrites(boolean allowed) {
        if (allowed != writable) {
            writable = allowed;
            markRowChanged();
        }
    }
}
