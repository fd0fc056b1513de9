package org.openmes.execution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A planned run of a product on one production line: how much, in which window, how urgent. The product is a code
 * in free text until parts exist. Windows of one line must not overlap; the service checks that against the
 * line's other entries.
 */
@Entity
@Table(name = "execution_schedule_entry")
public class ScheduleEntry extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_id", nullable = false, updatable = false)
    private Long lineId;

    @Column(name = "product_code", nullable = false, length = 60)
    private String productCode;

    @Column(name = "planned_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal plannedQuantity;

    @Column(name = "planned_start", nullable = false)
    private OffsetDateTime plannedStart;

    @Column(name = "planned_end", nullable = false)
    private OffsetDateTime plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private SchedulePriority priority;

    @Column(name = "notes", length = 2000)
    private String notes;

    protected ScheduleEntry() {
    }

    public ScheduleEntry(long lineId, String productCode, BigDecimal plannedQuantity, Instant plannedStart, Instant plannedEnd,
                         SchedulePriority priority, String notes) {
        this.lineId = lineId;
        define(productCode, plannedQuantity, plannedStart, plannedEnd, priority, notes);
    }

    /** Changes product, quantity, window, priority and notes; the line stays. */
    public void change(String productCode, BigDecimal plannedQuantity, Instant plannedStart, Instant plannedEnd,
                       SchedulePriority priority, String notes) {
        define(productCode, plannedQuantity, plannedStart, plannedEnd, priority, notes);
        markRowChanged();
    }

    private void define(String productCode, BigDecimal plannedQuantity, Instant plannedStart, Instant plannedEnd,
                        SchedulePriority priority, String notes) {
        if (productCode == null || productCode.isBlank() || productCode.strip().length() > 60) {
            throw new InvalidInputException("productCode", "A product code of 1 to 60 characters is required");
        }
        if (plannedQuantity == null || plannedQuantity.signum() <= 0 || plannedQuantity.scale() > 3
                || plannedQuantity.precision() - plannedQuantity.scale() > 11) {
            throw new InvalidInputException("plannedQuantity", "The planned quantity must be above 0, with at most 3 decimals");
        }
        if (plannedStart == null) {
            throw new InvalidInputException("plannedStart", "The start of the window is required");
        }
        if (plannedEnd == null || !plannedEnd.isAfter(plannedStart)) {
            throw new InvalidInputException("plannedEnd", "The end of the window must come after its start");
        }
        if (notes != null && notes.length() > 2000) {
            throw new InvalidInputException("notes", "Notes are at most 2000 characters");
        }
        this.productCode = productCode.strip();
        this.plannedQuantity = plannedQuantity;
        this.plannedStart = plannedStart.atOffset(ZoneOffset.UTC);
        this.plannedEnd = plannedEnd.atOffset(ZoneOffset.UTC);
        this.priority = priority == null ? SchedulePriority.NORMAL : priority;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getLineId() {
        return lineId;
    }

    public String getProductCode() {
        return productCode;
    }

    public BigDecimal getPlannedQuantity() {
        return plannedQuantity;
    }

    public Instant getPlannedStart() {
        return plannedStart.toInstant();
    }

    public Instant getPlannedEnd() {
        return plannedEnd.toInstant();
    }

    public SchedulePriority getPriority() {
        return priority;
    }

    public String getNotes() {
        return notes;
    }
}
