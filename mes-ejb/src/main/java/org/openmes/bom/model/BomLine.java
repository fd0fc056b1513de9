package org.openmes.bom.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * One component of a part's bill of materials, with its material variants. The line keeps the rules that
 * need no query: only made parts have a BOM, a part is no component of itself, an obsolete part is not put
 * into a line (as component or new variant material), and the variants are valid together — each in the
 * line's unit, no material twice, weights summing to at most 100 %, exactly one primary when there are any.
 * Deeper cycles need the whole structure and are the service's check.
 * <p>
 * The component is the nominal material that explosions count; variants say which materials may be issued
 * for it and how one is chosen ({@link VariantSelection}).
 */
@Entity
@Table(name = "bom_line")
public class BomLine extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parent_part_id", nullable = false, updatable = false)
    private Part parent;

    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "component_part_id", nullable = false)
    private Part component;

    @Column(name = "quantity_per", nullable = false, precision = BomLineSpec.QUANTITY_PRECISION, scale = BomLineSpec.QUANTITY_SCALE)
    private BigDecimal quantityPer;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_of_measure", nullable = false, length = 10)
    private UnitOfMeasure unitOfMeasure;

    @Column(name = "scrap_percent", nullable = false, precision = BomLineSpec.SCRAP_PRECISION, scale = BomLineSpec.SCRAP_SCALE)
    private BigDecimal scrapPercent;

    @Column(name = "operation_sequence")
    private Integer operationSequence;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "variant_selection", nullable = false, length = 20)
    private VariantSelection variantSelection;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BomVariant> variants = new ArrayList<>();

    protected BomLine() {
    }

    /** A new line in {@code parent}'s BOM. */
    public BomLine(Part parent, BomLineSpec spec) {
        if (parent.getMakeOrBuy() != MakeOrBuy.MAKE) {
            throw new ConflictException("partId", "part " + parent + " is bought, not made: it has no BOM");
        }
        this.parent = parent;
        this.position = spec.position();
        change(spec);
    }

    /** Brings the line to {@code spec}; whether anything changed (its own row or its variants). */
    public boolean change(BomLineSpec spec) {
        boolean rowChanged = false;
        if (spec.component() != getComponent()) {
            if (spec.component() == getParent()) {
                throw new ConflictException("componentId", "part " + getParent() + " cannot be a component of itself");
            }
            spec.component().requireUsableInNewBomLine("componentId");
            component = spec.component();
            rowChanged = true;
        }
        if (spec.position() != position) {
            position = spec.position();
            rowChanged = true;
        }
        if (quantityPer == null || spec.quantityPer().compareTo(quantityPer) != 0) {
            quantityPer = spec.quantityPer();
            rowChanged = true;
        }
        if (spec.unitOfMeasure() != unitOfMeasure) {
            unitOfMeasure = spec.unitOfMeasure();
            rowChanged = true;
        }
        if (scrapPercent == null || spec.scrapPercent().compareTo(scrapPercent) != 0) {
            scrapPercent = spec.scrapPercent();
            rowChanged = true;
        }
        if (!Objects.equals(spec.operationSequence(), operationSequence)) {
            operationSequence = spec.operationSequence();
            rowChanged = true;
        }
        if (!Objects.equals(spec.effectiveFrom(), effectiveFrom) || !Objects.equals(spec.effectiveTo(), effectiveTo)) {
            effectiveFrom = spec.effectiveFrom();
            effectiveTo = spec.effectiveTo();
            rowChanged = true;
        }
        if (spec.variantSelection() != variantSelection) {
            variantSelection = spec.variantSelection();
            rowChanged = true;
        }
        if (rowChanged) {
            markRowChanged();
        }
        return replaceVariants(spec.variants()) || rowChanged;
    }

    /**
     * The material to issue under {@link VariantSelection#PRIMARY} or {@link VariantSelection#WEIGHTED}, given a
     * uniform random number in [0, 1): the primary, or under WEIGHTED the variant whose cumulative weight band
     * holds {@code random × 100} (what the weights leave to 100 % is the primary's). The component when the line has
     * no variants; null under {@link VariantSelection#OPERATOR_CHOICE}: the operator chooses at execution.
     */
    public Part selectMaterial(double random) {
        if (variants.isEmpty()) {
            return getComponent();
        }
        BomVariant primaryVariant = variants.stream().filter(BomVariant::isPrimary).findFirst().orElseThrow();
        switch (variantSelection) {
            case OPERATOR_CHOICE:
                return null;
            case WEIGHTED:
                BigDecimal draw = BigDecimal.valueOf(random).multiply(VariantSpec.HUNDRED);
                BigDecimal band = BigDecimal.ZERO;
                for (BomVariant variant : variants) {
                    band = band.add(variant.getWeightPercent());
                    if (draw.compareTo(band) < 0) {
                        return variant.getMaterial();
                    }
                }
                return primaryVariant.getMaterial();
            default:
                return primaryVariant.getMaterial();
        }
    }

    /** Whether the line applies on {@code day} (effective dates inclusive, open ends always). */
    public boolean isEffectiveOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    private boolean replaceVariants(List<VariantSpec> wanted) {
        checkVariants(wanted);
        Map<Part, VariantSpec> byMaterial = new HashMap<>();
        wanted.forEach(spec -> byMaterial.put(spec.material(), spec));
        boolean changed = false;
        List<BomVariant> gone = new ArrayList<>();
        for (BomVariant variant : variants) {
            VariantSpec spec = byMaterial.remove(variant.getMaterial());
            if (spec == null) {
                gone.add(variant);
            } else {
                changed |= variant.apply(spec);
            }
        }
        variants.removeAll(gone);
        for (VariantSpec spec : wanted) {
            if (byMaterial.containsKey(spec.material())) {
                spec.material().requireUsableInNewBomLine("variants[" + wanted.indexOf(spec) + "].materialId");
                variants.add(new BomVariant(this, spec));
            }
        }
        return changed || !gone.isEmpty() || !byMaterial.isEmpty();
    }

    private void checkVariants(List<VariantSpec> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        int primaries = 0;
        for (int i = 0; i < wanted.size(); i++) {
            VariantSpec spec = wanted.get(i);
            String field = "variants[" + i + "]";
            if (spec.material().getUnitOfMeasure() != unitOfMeasure) {
                throw new InvalidInputException(field + ".materialId", "part " + spec.material() + " is counted in "
                        + spec.material().getUnitOfMeasure() + " but the line requires " + unitOfMeasure
                        + "; a variant must be in the unit of its component's requirement");
            }
            for (int j = 0; j < i; j++) {
                if (wanted.get(j).material() == spec.material()) {
                    throw new InvalidInputException(field + ".materialId", "part " + spec.material()
                            + " is already variant " + j + " of this line; each material once");
                }
            }
            total = total.add(spec.weightPercent());
            if (spec.primary()) {
                primaries++;
            }
        }
        if (total.compareTo(VariantSpec.HUNDRED) > 0) {
            throw new InvalidInputException("variants", "the weights add up to " + total.stripTrailingZeros().toPlainString()
                    + " %; they may add up to at most 100 %");
        }
        if (primaries != 1) {
            throw new InvalidInputException("variants", "exactly one variant must be primary, not " + primaries);
        }
    }

    public Long getId() {
        return id;
    }

    public Part getParent() {
        return parent;
    }

    public int getPosition() {
        return position;
    }

    public Part getComponent() {
        return component;
    }

    public BigDecimal getQuantityPer() {
        return quantityPer;
    }

    public UnitOfMeasure getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public BigDecimal getScrapPercent() {
        return scrapPercent;
    }

    public Integer getOperationSequence() {
        return operationSequence;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public VariantSelection getVariantSelection() {
        return variantSelection;
    }

    /** The variants in the order they were added (read-only). */
    public List<BomVariant> getVariants() {
        return Collections.unmodifiableList(variants);
    }
}
