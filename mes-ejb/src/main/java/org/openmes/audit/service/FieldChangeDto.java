package org.openmes.audit.service;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/** One field of a record before and after a change, as canonical text; null means no value (always sent). */
public class FieldChangeDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String field;
    @JsonbNillable
    private final String oldValue;
    @JsonbNillable
    private final String newValue;

    public FieldChangeDto(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
