package org.openmes.bom.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;

/**
 * A part number as it is printed on drawings and travelers: 1 to 40 letters, digits, '.', '_', '-' or '/',
 * starting with a letter or digit. Stored upper case ("ph-100" and "PH-100" are one part number); surrounding
 * blanks are dropped. The revision is not part of it.
 */
public record PartNumber(String value) {
    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0," + (MAX_LENGTH - 1) + "}");

    public PartNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("partNumber", "is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("partNumber", "'" + value + "' is not a valid part number: it must be 1 to "
                    + MAX_LENGTH + " letters, digits, '.', '_', '-' or '/', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
