package org.openmes.telemetry.service;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.openmes.telemetry.model.EquipmentSignal;

/** Tag {@code tagId} delivers {@code signal} of equipment {@code equipmentId}. {@code id} is output only. */
public class SignalMappingDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull
    private Long equipmentId;
    @NotNull
    private EquipmentSignal signal;
    @NotNull
    private Long tagId;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEquipmentId() { return equipmentId; }
    public void setEquipmentId(Long equipmentId) { this.equipmentId = equipmentId; }
    public EquipmentSignal getSignal() { return signal; }
    public void setSignal(EquipmentSignal signal) { this.signal = signal; }
    public Long getTagId() { return tagId; }
    public void setTagId(Long tagId) { this.tagId = tagId; }
}
