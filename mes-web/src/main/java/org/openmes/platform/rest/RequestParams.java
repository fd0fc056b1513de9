package org.openmes.platform.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Strict parsing of query and path parameters that resources take as strings, so that a value of the
 * wrong type is a 400 malformed-request naming the parameter (JAX-RS itself would answer 404 for query
 * and path parameters and read any boolean other than "true" as false). Absent (null) stays null.
 */
public final class RequestParams {
    private RequestParams() {
    }

    public static Integer parseInt(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(name, "Parameter '" + name + "' must be a whole number", e);
        }
    }

    public static Long parseLong(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(name, "Parameter '" + name + "' must be a whole number", e);
        }
    }

    public static Boolean parseBoolean(String name, String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new MalformedRequestException(name, "Parameter '" + name + "' must be true or false");
        };
    }

    /** An ISO-8601 instant with offset: {@code 2026-03-01T08:00:00Z} or {@code 2026-03-01T09:00:00+01:00}. */
    public static Instant parseInstant(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(raw.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException(name, "Parameter '" + name
                    + "' must be an ISO-8601 date and time with offset, such as 2026-03-01T08:00:00Z", e);
        }
    }

    public static BigDecimal parseDecimal(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(name, "Parameter '" + name + "' must be a decimal number such as 2.5", e);
        }
    }

    /** An ISO-8601 calendar date: {@code 2026-03-01}. */
    public static LocalDate parseDate(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException(name, "Parameter '" + name + "' must be an ISO-8601 date such as 2026-03-01", e);
        }
    }

    /** One of the constants of {@code type}, by name, case-insensitive. */
    public static <E extends Enum<E>> E parseEnum(String name, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw.trim())) {
                return constant;
            }
        }
        throw new MalformedRequestException(name, "Parameter '" + name + "' must be one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
