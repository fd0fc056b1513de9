package org.openmes.plant.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;

/**
 * The code of a plant node as operators write it on labels and in reports: 1 to 40 letters, digits,
 * '.', '_' or '-', starting with a letter or digit. Stored upper case, so "cnc-01" and "CNC-01" are the
 * same code; surrounding blanks are dropped.
 */
public record PlantCode(String value) {
    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    public PlantCode {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("code", "is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("code", "'" + value + "' is not a valid code: it must be 1 to "
                    + MAX_LENGTH + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
