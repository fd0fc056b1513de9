package org.openmes.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks every free-text and code field of a record goes through, so that all contexts say "is required" and
 * "must be at most n characters" alike and store text without surrounding blanks.
 */
public final class Texts {
    /** Business codes (customer, supplier, quote numbers…): the shape plant codes have. */
    public static final int MAX_CODE_LENGTH = 40;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0," + (MAX_CODE_LENGTH - 1) + "}");

    private Texts() {
    }

    /** The text stripped; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return limited(field, value.strip(), max);
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, value.strip(), max);
    }

    /**
     * A code: 1 to {@value #MAX_CODE_LENGTH} letters, digits, '.', '_' or '-', starting with a letter or digit,
     * stored upper case.
     */
    public static String code(String field, String value) {
        String code = required(field, value, MAX_CODE_LENGTH).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(field, "'" + code + "' is not a valid code: it must be 1 to "
                    + MAX_CODE_LENGTH + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return code;
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
