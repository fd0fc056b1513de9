package org.openmes.bom.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PartNumber} as its upper-case text. */
@Converter(autoApply = true)
public class PartNumberConverter implements AttributeConverter<PartNumber, String> {

    @Override
    public String convertToDatabaseColumn(PartNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public PartNumber convertToEntityAttribute(String column) {
        return column == null ? null : new PartNumber(column);
    }
}
