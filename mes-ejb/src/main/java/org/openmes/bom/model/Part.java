package org.openmes.bom.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.plant.model.Decimals;

/**
 * One revision of a part: what is made or bought, in which unit it is counted, what it costs as standard.
 * Part number and revision together name it and never change (a change of design is a new revision, a new
 * row); uniqueness of that pair needs a query and is the service's. An obsolete revision keeps its history
 * and the BOMs that already use it but cannot go into a new BOM line ({@link #requireUsableInNewBomLine}).
 * <p>
 * The {@code prototype} flag marks parts of prototype builds; it is reserved for the prototype feature and
 * carries no rule here yet.
 */
@Entity
@Table(name = "part")
public class Part extends AuditedEntity {
    public static final int MAX_REVISION_LENGTH = 10;
    public static final int MAX_DESCRIPTION_LENGTH = 200;
    public static final int MAX_PRODUCT_FAMILY_LENGTH = 60;
    /** numeric(14,4) */
    public static final int COST_PRECISION = 14;
    public static final int COST_SCALE = 4;
    private static final Pattern REVISION = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0," + (MAX_REVISION_LENGTH - 1) + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "part_number", nullable = false, updatable = false, length = PartNumber.MAX_LENGTH)
    private PartNumber partNumber;

    @Column(name = "revision", nullable = false, updatable = false, length = MAX_REVISION_LENGTH)
    private String revision;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_of_measure", nullable = false, length = 10)
    private UnitOfMeasure unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "make_or_buy", nullable = false, length = 4)
    private MakeOrBuy makeOrBuy;

    @Column(name = "product_family", length = MAX_PRODUCT_FAMILY_LENGTH)
    private String productFamily;

    @Column(name = "standard_cost", nullable = false, precision = COST_PRECISION, scale = COST_SCALE)
    private BigDecimal standardCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PartStatus status;

    @Column(name = "prototype", nullable = false)
    private boolean prototype;

    protected Part() {
    }

    /** A new, active revision of a part. */
    public Part(PartNumber partNumber, String revision, String description, UnitOfMeasure unitOfMeasure,
            MakeOrBuy makeOrBuy, String productFamily, BigDecimal standardCost, boolean prototype) {
        if (partNumber == null) {
            throw new InvalidInputException("partNumber", "is required");
        }
        this.partNumber = partNumber;
        this.revision = checkRevision(revision);
        this.description = checkDescription(description);
        this.unitOfMeasure = checkUnit(unitOfMeasure);
        this.makeOrBuy = checkMakeOrBuy(makeOrBuy);
        this.productFamily = checkProductFamily(productFamily);
        this.standardCost = checkCost(standardCost);
        this.prototype = prototype;
        this.status = PartStatus.ACTIVE;
    }

    /** The revision as stored: upper case, 1 to 10 letters, digits, '.' or '-', starting with a letter or digit. */
    public static String checkRevision(String revision) {
        if (revision == null || revision.isBlank()) {
            throw new InvalidInputException("revision", "is required");
        }
        String value = revision.strip().toUpperCase(Locale.ROOT);
        if (!REVISION.matcher(value).matches()) {
            throw new InvalidInputException("revision", "'" + value + "' is not a valid revision: it must be 1 to "
                    + MAX_REVISION_LENGTH + " letters, digits, '.' or '-', starting with a letter or digit");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public PartNumber getPartNumber() {
        return partNumber;
    }

    public String getRevision() {
        return revision;
    }

    public String getDescription() {
        return description;
    }

    public UnitOfMeasure getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public MakeOrBuy getMakeOrBuy() {
        return makeOrBuy;
    }

    public String getProductFamily() {
        return productFamily;
    }

    public BigDecimal getStandardCost() {
        return standardCost;
    }

    public PartStatus getStatus() {
        return status;
    }

    public boolean isObsolete() {
        return status == PartStatus.OBSOLETE;
    }

    public boolean isPrototype() {
        return prototype;
    }

    public void describe(String newDescription) {
        String checked = checkDescription(newDescription);
        if (!checked.equals(description)) {
            description = checked;
            markRowChanged();
        }
    }

    /**
     * Changes the unit the part is counted in. The caller checks the part is in no BOM line yet: the lines'
     * quantities were written in the old unit.
     */
    public void changeUnitOfMeasure(UnitOfMeasure newUnit) {
        UnitOfMeasure checked = checkUnit(newUnit);
        if (checked != unitOfMeasure) {
            unitOfMeasure = checked;
            markRowChanged();
        }
    }

    public void changeMakeOrBuy(MakeOrBuy newMakeOrBuy) {
        MakeOrBuy checked = checkMakeOrBuy(newMakeOrBuy);
        if (checked != makeOrBuy) {
            makeOrBuy = checked;
            markRowChanged();
        }
    }

    /** Blank clears the family. */
    public void assignProductFamily(String newFamily) {
        String checked = checkProductFamily(newFamily);
        if (!Objects.equals(checked, productFamily)) {
            productFamily = checked;
            markRowChanged();
        }
    }

    public void changeStandardCost(BigDecimal newCost) {
        BigDecimal checked = checkCost(newCost);
        if (checked.compareTo(standardCost) != 0) {
            standardCost = checked;
            markRowChanged();
        }
    }

    public void markPrototype(boolean newPrototype) {
        if (newPrototype != prototype) {
            prototype = newPrototype;
            markRowChanged();
        }
    }

    /** Takes the revision out of use for new BOM lines; existing BOMs keep it. */
    public void makeObsolete() {
        if (status != PartStatus.OBSOLETE) {
            status = PartStatus.OBSOLETE;
            markRowChanged();
        }
    }

    public void reactivate() {
        if (status != PartStatus.ACTIVE) {
            status = PartStatus.ACTIVE;
            markRowChanged();
        }
    }

    /** Refuses, naming {@code field}, an obsolete part as the material of a new BOM line or variant. */
    public void requireUsableInNewBomLine(String field) {
        if (isObsolete()) {
            throw new ConflictException(field, "part " + this + " is obsolete and cannot be put into a new BOM line;"
                    + " use a current revision");
        }
    }

    /** The part in the plant's words, for messages: "PH-100 rev. B". */
    @Override
    public String toString() {
        return partNumber + " rev. " + revision;
    }

    private static String checkDescription(String description) {
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "is required");
        }
        String value = description.strip();
        if (value.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return value;
    }

    private static UnitOfMeasure checkUnit(UnitOfMeasure unit) {
        if (unit == null) {
            throw new InvalidInputException("unitOfMeasure", "is required");
        }
        return unit;
    }

    private static MakeOrBuy checkMakeOrBuy(MakeOrBuy makeOrBuy) {
        if (makeOrBuy == null) {
            throw new InvalidInputException("makeOrBuy", "is required: MAKE or BUY");
        }
        return makeOrBuy;
    }

    private static String checkProductFamily(String family) {
        if (family == null || family.isBlank()) {
            return null;
        }
        String value = family.strip();
        if (value.length() > MAX_PRODUCT_FAMILY_LENGTH) {
            throw new InvalidInputException("productFamily", "must be at most " + MAX_PRODUCT_FAMILY_LENGTH + " characters");
        }
        return value;
    }

    private static BigDecimal checkCost(BigDecimal cost) {
        if (cost == null) {
            throw new InvalidInputException("standardCost", "is required (0 when not known yet)");
        }
        if (cost.signum() < 0) {
            throw new InvalidInputException("standardCost", "must be 0 or more");
        }
        return Decimals.fitColumn("standardCost", cost, COST_PRECISION, COST_SCALE);
    }
}
