package org.openmes.bom.model;

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
import org.openmes.common.persistence.AuditedEntity;

/** A material that may be issued for a {@link BomLine}; its rules are the line's, which holds all its variants. */
@Entity
@Table(name = "bom_variant")
public class BomVariant extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id", nullable = false, updatable = false)
    private BomLine line;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_part_id", nullable = false, updatable = false)
    private Part material;

    @Column(name = "weight_percent", nullable = false, precision = VariantSpec.WEIGHT_PRECISION, scale = VariantSpec.WEIGHT_SCALE)
    private BigDecimal weightPercent;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected BomVariant() {
    }

    BomVariant(BomLine line, VariantSpec spec) {
        this.line = line;
        this.material = spec.material();
        apply(spec);
    }

    /** Takes weight and primary flag of {@code spec} (same material); whether anything changed. */
    final boolean apply(VariantSpec spec) {
        boolean changed = false;
        if (weightPercent == null || spec.weightPercent().compareTo(weightPercent) != 0) {
            weightPercent = spec.weightPercent();
            changed = true;
        }
        if (spec.primary() != primary) {
            primary = spec.primary();
            changed = true;
        }
        if (changed) {
            markRowChanged();
        }
        return changed;
    }

    public Long getId() {
        return id;
    }

    public BomLine getLine() {
        return line;
    }

    public Part getMaterial() {
        return material;
    }

    public BigDecimal getWeightPercent() {
        return weightPercent;
    }

    public boolean isPrimary() {
        return primary;
    }
}
