package org.openmes.security.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a permission by its code ({@code plant.edit}), the key of table {@code security_permission}. */
@Converter
public class PermissionConverter implements AttributeConverter<Permission, String> {
    @Override
    public String convertToDatabaseColumn(Permission permission) {
        return permission == null ? null : permission.code();
    }

    @Override
    public Permission convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        Permission permission = Permission.ofCode(code);
        if (permission == null) {
            throw new IllegalStateException("The database grants permission '" + code
                    + "', which this version of the MES does not know; a migration is missing");
        }
        return permission;
    }
}
