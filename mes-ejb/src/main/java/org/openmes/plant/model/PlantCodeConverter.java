package org.openmes.plant.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PlantCode} as its upper-case text. */
@Converter(autoApply = true)
public class PlantCodeConverter implements AttributeConverter<PlantCode, String> {

    @Override
    public String convertToDatabaseColumn(PlantCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public PlantCode convertToEntityAttribute(String column) {
        return column == null ? null : new PlantCode(column);
    }
}
