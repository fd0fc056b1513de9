package org.openmes.security.model;

import org.openmes.common.InvalidInputException;

/**
 * The rules for what the access records keep: names (groups, principals) and reasons are one trimmed line of text,
 * and a role is required.
 */
final class Names {
    private Names() {
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "must be one line of text without control characters");
        }
        return stripped;
    }

    static MesRole required(MesRole role) {
        if (role == null) {
            throw new InvalidInputException("role", "is required");
        }
        return role;
    }
}
