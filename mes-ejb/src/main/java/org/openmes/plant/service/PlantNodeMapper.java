package org.openmes.plant.service;

import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.EquipmentSpec;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.model.WorkCenter;
import org.openmes.plant.model.WorkCenterCapacity;

/** The one translation between plant entities and the DTOs the adapters see. */
final class PlantNodeMapper {
    private PlantNodeMapper() {
    }

    static PlantNodeDto toDto(PlantNode node) {
        PlantNodeDto dto = new PlantNodeDto();
        dto.setId(node.getId());
        dto.setLevel(node.getLevel());
        dto.setParentId(node.getParent() == null ? null : node.getParent().getId());
        dto.setCode(node.getCode().value());
        dto.setName(node.getName());
        dto.setDescription(node.getDescription());
        dto.setActive(node.isActive());
        if (node instanceof WorkCenter workCenter) {
            dto.setCapacity(toDto(workCenter.getCapacity()));
        }
        if (node instanceof Equipment equipment) {
            dto.setEquipment(toDto(equipment.getSpec()));
        }
        dto.setVersion(node.getVersion());
        dto.setCreatedAt(node.getCreatedAt());
        dto.setCreatedBy(node.getCreatedBy());
        dto.setUpdatedAt(node.getUpdatedAt());
        dto.setUpdatedBy(node.getUpdatedBy());
        return dto;
    }

    /** The capacity the DTO describes (validated), or null when it has none. */
    static WorkCenterCapacity toCapacity(WorkCenterCapacityDto dto) {
        return dto == null ? null : new WorkCenterCapacity(dto.getHoursPerDay(), dto.getEfficiencyPercent(),
                dto.getMaxConcurrentJobs(), dto.getAverageSetupMinutes());
    }

    /** The equipment spec the DTO describes (validated), or null when it has none. */
    static EquipmentSpec toSpec(EquipmentSpecDto dto) {
        return dto == null ? null : new EquipmentSpec(dto.getEquipmentType(), dto.getCriticality(),
                dto.getTargetSpeedPerMinute(), dto.getIdealCycleTimeSeconds());
    }

    private static WorkCenterCapacityDto toDto(WorkCenterCapacity capacity) {
        WorkCenterCapacityDto dto = new WorkCenterCapacityDto();
        dto.setHoursPerDay(capacity.getHoursPerDay());
        dto.setEfficiencyPercent(capacity.getEfficiencyPercent());
        dto.setMaxConcurrentJobs(capacity.getMaxConcurrentJobs());
        dto.setAverageSetupMinutes(capacity.getAverageSetupMinutes());
        return dto;
    }

    private static EquipmentSpecDto toDto(EquipmentSpec spec) {
        EquipmentSpecDto dto = new EquipmentSpecDto();
        dto.setEquipmentType(spec.getEquipmentType());
        dto.setCriticality(spec.getCriticality());
        dto.setTargetSpeedPerMinute(spec.getTargetSpeedPerMinute());
        dto.setIdealCycleTimeSeconds(spec.getIdealCycleTimeSeconds());
        return dto;
    }
}
