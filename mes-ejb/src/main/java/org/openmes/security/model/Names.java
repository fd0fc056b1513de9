package org.openmes.security.model;

import org.openmes.common.InvalidInputException;

/** The rule for the names the access records keep (groups, principals, reasons): one trimmed line of text. */
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
}
