package org.openmes.audit.model;

/**
 * One field of a record before and after a change, as canonical text (null: no value). {@code field} is the
 * Java attribute path, such as {@code name} or {@code capacity.hoursPerDay}.
 */
public record FieldChange(String field, String oldValue, String newValue) {
    public FieldChange {
        if (field == null || field.isEmpty()) {
            throw new IllegalArgumentException("a field change names its field");
        }
    }
}
