package org.openmes.bom.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.model.VariantSelection;
import org.openmes.bom.service.BomLineDraft;
import org.openmes.bom.service.BomLineDto;
import org.openmes.bom.service.PartDto;
import org.openmes.bom.service.VariantDto;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;

/**
 * A BOM line as the part page's dialog edits it: parts are typed as {@code NUMBER rev. R} (the labels the part
 * picker suggests; the revision may be left out for A), variants are rows to add and remove. {@link #toDraft} turns
 * it into the service's draft, naming the field of a part that does not exist.
 */
public class BomLineForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String REVISION_SEPARATOR = " rev. ";

    private Long lineId;
    private Long version;
    private Integer position;
    private String component;
    private BigDecimal quantityPer;
    private UnitOfMeasure unitOfMeasure;
    private BigDecimal scrapPercent = BigDecimal.ZERO;
    private Integer operationSequence;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private VariantSelection variantSelection = VariantSelection.PRIMARY;
    private final List<VariantRow> variants = new ArrayList<>();

    /** A new line at {@code position}. */
    static BomLineForm adding(int position) {
        BomLineForm form = new BomLineForm();
        form.position = position;
        return form;
    }

    /** Line {@code line} as stored, to change it. */
    static BomLineForm editing(BomLineDto line) {
        BomLineForm form = new BomLineForm();
        form.lineId = line.id();
        form.version = line.version();
        form.position = line.position();
        form.component = label(line.componentNumber(), line.componentRevision());
        form.quantityPer = line.quantityPer();
        form.unitOfMeasure = line.unitOfMeasure();
        form.scrapPercent = line.scrapPercent();
        form.operationSequence = line.operationSequence();
        form.effectiveFrom = line.effectiveFrom();
        form.effectiveTo = line.effectiveTo();
        form.variantSelection = line.variantSelection();
        for (VariantDto variant : line.variants()) {
            VariantRow row = new VariantRow();
            row.material = label(variant.materialNumber(), variant.materialRevision());
            row.weightPercent = variant.weightPercent();
            row.primary = Boolean.TRUE.equals(variant.primary());
            form.variants.add(row);
        }
        return form;
    }

    /** How a part is shown in the picker and typed: {@code NUMBER rev. R}. */
    static String label(String partNumber, String revision) {
        return partNumber + REVISION_SEPARATOR + revision;
    }

    /**
     * The line as the service takes it; {@code find} looks a part up by number and revision. A label naming no part
     * is refused naming its field ({@code componentId}, {@code variants[1].materialId}).
     */
    BomLineDraft toDraft(BiFunction<String, String, PartDto> find) {
        Long componentId = partId(find, component, "componentId");
        List<VariantDto> drafts = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            VariantRow row = variants.get(i);
            drafts.add(new VariantDto(null, partId(find, row.material, "variants[" + i + "].materialId"), null, null,
                    row.weightPercent, row.primary));
        }
        return new BomLineDraft(position, componentId, quantityPer, unitOfMeasure, scrapPercent, operationSequence,
                effectiveFrom, effectiveTo, variantSelection, drafts, version);
    }

    private static Long partId(BiFunction<String, String, PartDto> find, String label, String field) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String text = label.strip();
        int separator = text.lastIndexOf(REVISION_SEPARATOR);
        String number = separator < 0 ? text : text.substring(0, separator);
        String revision = separator < 0 ? "A" : text.substring(separator + REVISION_SEPARATOR.length());
        try {
            return find.apply(number.strip(), revision.strip()).id();
        } catch (NotFoundException | InvalidInputException unknown) {
            throw new InvalidInputException(field, "there is no part '" + text + "' (type NUMBER rev. R, or pick a suggestion)");
        }
    }

    public void addVariant() {
        VariantRow row = new VariantRow();
        row.primary = variants.isEmpty();
        variants.add(row);
    }

    public void removeVariant(int index) {
        variants.remove(index);
    }

    /** Whether the dialog adds a line (or changes one). */
    public boolean isAdding() {
        return lineId == null;
    }

    public Long getLineId() {
        return lineId;
    }

    public Long getVersion() {
        return version;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getComponent() {
        return component;
    }

    public void setComponent(String component) {
        this.component = component;
    }

    public BigDecimal getQuantityPer() {
        return quantityPer;
    }

    public void setQuantityPer(BigDecimal quantityPer) {
        this.quantityPer = quantityPer;
    }

    public UnitOfMeasure getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(UnitOfMeasure unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public BigDecimal getScrapPercent() {
        return scrapPercent;
    }

    public void setScrapPercent(BigDecimal scrapPercent) {
        this.scrapPercent = scrapPercent;
    }

    public Integer getOperationSequence() {
        return operationSequence;
    }

    public void setOperationSequence(Integer operationSequence) {
        this.operationSequence = operationSequence;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public VariantSelection getVariantSelection() {
        return variantSelection;
    }

    public void setVariantSelection(VariantSelection variantSelection) {
        this.variantSelection = variantSelection;
    }

    public List<VariantRow> getVariants() {
        return variants;
    }

    /** One material variant being edited. */
    public static class VariantRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String material;
        private BigDecimal weightPercent;
        private boolean primary;

        public String getMaterial() {
            return material;
        }

        public void setMaterial(String material) {
            this.material = material;
        }

        public BigDecimal getWeightPercent() {
            return weightPercent;
        }

        public void setWeightPercent(BigDecimal weightPercent) {
            this.weightPercent = weightPercent;
        }

        public boolean isPrimary() {
            return primary;
        }

        public void setPrimary(boolean primary) {
            this.primary = primary;
        }
    }
}
