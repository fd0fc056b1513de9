package org.openmes.shift.model;

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
import java.time.LocalDate;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/** Good units a line should make in one shift of a pattern, from {@code validFrom} on (until a newer target). */
@Entity
@Table(name = "production_target")
public class ProductionTarget extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pattern_id", nullable = false, updatable = false)
    private ShiftPattern pattern;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "quantity", nullable = false)
    private BigDecimal quantity;

    protected ProductionTarget() {
    }

    public ProductionTarget(ShiftPattern pattern, LocalDate validFrom, BigDecimal quantity) {
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "is required");
        }
        if (quantity == null || quantity.signum() < 0) {
            throw new InvalidInputException("quantity", "is required and must not be negative");
        }
        this.pattern = pattern;
        this.validFrom = validFrom;
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public ShiftPattern getPattern() {
        return pattern;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
