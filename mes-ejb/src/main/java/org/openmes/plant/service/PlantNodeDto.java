package org.openmes.plant.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.openmes.plant.model.PlantLevel;

/**
 * A node of the plant model as adapters see it: the input of create/update (REST body, page form) and
 * the output of reads. Read-only fields (id, level, audit stamps) are ignored on input. {@code capacity}
 * is for work centers only, {@code equipment} for equipment only.
 */
public class PlantNodeDto implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Codes: letters, digits and . _ - (stored upper case), 1..40 characters, starting with a letter or digit. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    private Long id;
    private PlantLevel level;
    private Long parentId;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE_PATTERN, message = "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit")
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 2000)
    private String description;

    /** A Boolean, not a boolean, so that a JSON value other than true/false is refused instead of read as false. */
    @NotNull
    private Boolean active = Boolean.TRUE;

    @Valid
    private WorkCenterCapacityDto capacity;

    @Valid
    private EquipmentSpecDto equipment;

    /** Version the client edited; required for updates (or given as an If-Match ETag). */
    private Long version;

    private OffsetDateTime createdAt;
    private String createdBy;
    private OffsetDateTime updatedAt;
    private String updatedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PlantLevel getLevel() { return level; }
    public void setLevel(PlantLevel level) { this.level = level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public WorkCenterCapacityDto getCapacity() { return capacity; }
    public void setCapacity(WorkCenterCapacityDto capacity) { this.capacity = capacity; }
    public EquipmentSpecDto getEquipment() { return equipment; }
    public void setEquipment(EquipmentSpecDto equipment) { this.equipment = equipment; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
