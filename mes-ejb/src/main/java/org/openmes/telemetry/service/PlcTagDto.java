package org.openmes.telemetry.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.openmes.telemetry.model.TagDataType;

/**
 * A tag of a PLC connection. {@code id}, {@code plcCode}, {@code version}, {@code retiredAt} and {@code retiredBy} are
 * output only; the last two are set on a deleted (retired) tag, listed only when asked for.
 */
public class PlcTagDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private String plcCode;
    @NotBlank
    @Size(max = 80)
    private String name;
    @NotBlank
    @Size(max = 400)
    private String address;
    @NotNull
    private TagDataType dataType;
    private Double scale;
    private Double offset;
    @Size(max = 20)
    private String unit;
    private Double deadband;
    @NotBlank
    @Size(max = 40)
    private String scanClass;
    /** Whether the MES may write the tag on demand; false when absent. */
    private Boolean writable;
    private Long version;
    private OffsetDateTime retiredAt;
    private String retiredBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPlcCode() { return plcCode; }
    public void setPlcCode(String plcCode) { this.plcCode = plcCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public TagDataType getDataType() { return dataType; }
    public void setDataType(TagDataType dataType) { this.dataType = dataType; }
    public Double getScale() { return scale; }
    public void setScale(Double scale) { this.scale = scale; }
    public Double getOffset() { return offset; }
    public void setOffset(Double offset) { this.offset = offset; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Double getDeadband() { return deadband; }
    public void setDeadband(Double deadband) { this.deadband = deadband; }
    public String getScanClass() { return scanClass; }
    public void setScanClass(String scanClass) { this.scanClass = scanClass; }
    public Boolean getWritable() { return writable; }
    public void setWritable(Boolean writable) { this.writable = writable; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public OffsetDateTime getRetiredAt() { return retiredAt; }
    public void setRetiredAt(OffsetDateTime retiredAt) { this.retiredAt = retiredAt; }
    public String getRetiredBy() { return retiredBy; }
    public void setRetiredBy(String retiredBy) { this.retiredBy = retiredBy; }
}
