package org.openmes.routing.model;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.WorkCenter;

/**
 * One operation of a routing, as templates and part routings both hold them. Values come only from a
 * checked {@link OperationDefinition}; a field is assigned (and the row marked changed) only when it differs.
 * The sequence number never changes: it is how an edited list is matched to the stored operations.
 */
@MappedSuperclass
public abstract class OperationStep extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "name", nullable = false, length = OperationDefinition.MAX_NAME_LENGTH)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_center_id", nullable = false)
    private WorkCenter workCenter;

    @Column(name = "setup_minutes", nullable = false, precision = OperationDefinition.SETUP_PRECISION,
            scale = OperationDefinition.SETUP_SCALE)
    private BigDecimal setupMinutes;

    @Column(name = "run_minutes_per_unit", nullable = false, precision = OperationDefinition.RUN_PRECISION,
            scale = OperationDefinition.RUN_SCALE)
    private BigDecimal runMinutesPerUnit;

    @Column(name = "quality_check", nullable = false)
    private boolean qualityCheck;

    @Column(name = "allow_overlap", nullable = false)
    private boolean allowOverlap;

    protected OperationStep() {
    }

    protected OperationStep(OperationDefinition definition) {
        this.sequence = definition.sequence();
        apply(definition);
    }

    /** Takes the values of {@code definition}, whose sequence must be this step's; whether any changed. */
    final boolean apply(OperationDefinition definition) {
        if (definition.sequence() != sequence) {
            throw new IllegalArgumentException("operation " + sequence + " cannot take the values of operation "
                    + definition.sequence());
        }
        boolean changed = false;
        if (!definition.name().equals(name)) {
            name = definition.name();
            changed = true;
        }
        if (definition.workCenter() != workCenter) {
            workCenter = definition.workCenter();
            changed = true;
        }
        if (setupMinutes == null || definition.setupMinutes().compareTo(setupMinutes) != 0) {
            setupMinutes = definition.setupMinutes();
            changed = true;
        }
        if (runMinutesPerUnit == null || definition.runMinutesPerUnit().compareTo(runMinutesPerUnit) != 0) {
            runMinutesPerUnit = definition.runMinutesPerUnit();
            changed = true;
        }
        if (definition.qualityCheck() != qualityCheck) {
            qualityCheck = definition.qualityCheck();
            changed = true;
        }
        if (definition.allowOverlap() != allowOverlap) {
            allowOverlap = definition.allowOverlap();
            changed = true;
        }
        if (changed) {
            markRowChanged();
        }
        return changed;
    }

    /** The values as a definition, for copying the step into another routing. */
    public OperationDefinition definition() {
        return new OperationDefinition(sequence, name, getWorkCenter(), setupMinutes, runMinutesPerUnit, qualityCheck,
                allowOverlap);
    }

    public Long getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public String getName() {
        return name;
    }

    public WorkCenter getWorkCenter() {
        return workCenter;
    }

    public BigDecimal getSetupMinutes() {
        return setupMinutes;
    }

    public BigDecimal getRunMinutesPerUnit() {
        return runMinutesPerUnit;
    }

    public boolean isQualityCheck() {
        return qualityCheck;
    }

    /** Whether the next operation may start before this one has finished. */
    public boolean isAllowOverlap() {
        return allowOverlap;
    }
}
