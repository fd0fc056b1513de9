package org.openmes.oee.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;

/**
 * The ideal cycle time (ISO 22400 PRU, planned run time per unit) of a product on a piece of equipment. The product
 * code is free text until parts exist.
 */
@Entity
@Table(name = "oee_ideal_cycle_time")
public class IdealCycleTime extends AuditedEntity {
    public static final int MAX_PRODUCT_CODE_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false, updatable = false)
    private PlantNode equipment;

    @Column(name = "product_code", nullable = false, length = MAX_PRODUCT_CODE_LENGTH, updatable = false)
    private String productCode;

    @Column(name = "seconds_per_unit", nullable = false)
    private BigDecimal secondsPerUnit;

    protected IdealCycleTime() {
    }

    public IdealCycleTime(PlantNode equipment, String productCode, BigDecimal secondsPerUnit) {
        if (equipment == null || equipment.getLevel() != PlantLevel.EQUIPMENT) {
            throw new InvalidInputException("equipmentId", "ideal cycle times belong to a piece of equipment");
        }
        if (productCode == null || productCode.isBlank() || productCode.trim().length() > MAX_PRODUCT_CODE_LENGTH) {
            throw new InvalidInputException("productCode", "is required (at most " + MAX_PRODUCT_CODE_LENGTH + " characters)");
        }
        this.equipment = equipment;
        this.productCode = productCode.trim();
        change(secondsPerUnit);
    }

    public void change(BigDecimal newSecondsPerUnit) {
        if (newSecondsPerUnit == null || newSecondsPerUnit.signum() <= 0) {
            throw new InvalidInputException("secondsPerUnit", "must be greater than 0");
        }
        if (secondsPerUnit == null || newSecondsPerUnit.compareTo(secondsPerUnit) != 0) {
            secondsPerUnit = newSecondsPerUnit;
            markRowChanged();
        }
    }

    public Long getId() {
        return id;
    }

    public PlantNode getEquipment() {
        return equipment;
    }

    public String getProductCode() {
        return productCode;
    }

    public BigDecimal getSecondsPerUnit() {
        return secondsPerUnit;
    }
}
