package org.openmes.telemetry.model;

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
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.common.shopfloor.DowntimeCategory;
import org.openmes.plant.model.Equipment;

/**
 * What bit {@code bit} (0..63) of a piece of equipment's FAULT_WORD means: a code and text for people, a severity,
 * the downtime category the stop it causes is booked to and the priority of the andon call it raises. One entry per
 * equipment and bit, and per equipment and code.
 */
@Entity
@Table(name = "telemetry_fault_definition")
public class FaultCatalogEntry extends AuditedEntity {
    public static final int MAX_BIT = 63;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false, updatable = false)
    private Equipment equipment;

    @Column(name = "bit", nullable = false, updatable = false)
    private int bit;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "text", nullable = false, length = 200)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 20)
    private FaultSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "downtime_category", nullable = false, length = 20)
    private DowntimeCategory downtimeCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "andon_priority", nullable = false, length = 20)
    private AndonPriority andonPriority;

    protected FaultCatalogEntry() {
    }

    public FaultCatalogEntry(Equipment equipment, Integer bit, String code, String text, FaultSeverity severity,
                             DowntimeCategory downtimeCategory, AndonPriority andonPriority) {
        if (bit == null) {
            throw new InvalidInputException("bit", "is required");
        }
        if (bit < 0 || bit > MAX_BIT) {
            throw new InvalidInputException("bit", "must be 0.." + MAX_BIT + " (a bit of the 64-bit FAULT_WORD), not " + bit);
        }
        this.equipment = equipment;
        this.bit = bit;
        change(code, text, severity, downtimeCategory, andonPriority);
    }

    /** Changes everything but the equipment and the bit. */
    public final void change(String newCode, String newText, FaultSeverity newSeverity, DowntimeCategory newCategory,
                             AndonPriority newPriority) {
        String checkedCode = PlcConnection.required("code", newCode, 40).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(checkedCode).matches()) {
            throw new InvalidInputException("code", "must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String checkedText = PlcConnection.required("text", newText, 200);
        if (newSeverity == null) {
            throw new InvalidInputException("severity", "is required");
        }
        if (newCategory == null) {
            throw new InvalidInputException("downtimeCategory", "is required");
        }
        if (newPriority == null) {
            throw new InvalidInputException("andonPriority", "is required");
        }
        if (!checkedCode.equals(code) || !checkedText.equals(text) || newSeverity != severity
                || newCategory != downtimeCategory || newPriority != andonPriority) {
            code = checkedCode;
            text = checkedText;
            severity = newSeverity;
            downtimeCategory = newCategory;
            andonPriority = newPriority;
            markRowChanged();
        }
    }

    public Long getId() {
        return id;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public int getBit() {
        return bit;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public FaultSeverity getSeverity() {
        return severity;
    }

    public DowntimeCategory getDowntimeCategory() {
        return downtimeCategory;
    }

    public AndonPriority getAndonPriority() {
        return andonPriority;
    }
}
