package org.openmes.telemetry.service;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * Tag {@code tagId} delivers {@code signal} of equipment {@code equipmentId}. {@code id}, {@code equipmentCode},
 * {@code plcCode}, {@code tagName} and {@code version} are output only ({@code version} is sent back on update).
 */
public class SignalMappingDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull
    private Long equipmentId;
    @NotNull
    private EquipmentSignal signal;
    @NotNull
    private Long tagId;
    private String equipmentCode;
    private String plcCode;
    private String tagName;
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEquipmentId() { return equipmentId; }
    public void setEquipmentId(Long equipmentId) { this.equipmentId = equipmentId; }
    public EquipmentSignal getSignal() { return signal; }
    public void setSignal(EquipmentSignal signal) { this.signal = signal; }
    public Long getTagId() { return tagId; }
    public void setTagId(Long tagId) { this.tagId = tagId; }
    public String getEquipmentCode() { return equipmentCode; }
    public void setEquipmentCode(String equipmentCode) { this.equipmentCode = equipmentCode; }
    public String getPlcCode() { return plcCode; }
    public void setPlcCode(String plcCode) { this.plcCode = plcCode; }
    public String getTagName() { return tagName; }
    public void setTagName(String tagName) { this.tagName = tagName; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
