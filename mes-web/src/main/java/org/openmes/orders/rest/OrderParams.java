package org.openmes.orders.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.openmes.common.InvalidInputException;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/** Parameters of the order resources that {@link RequestParams} does not parse: versions, enums, dates. */
final class OrderParams {
    private OrderParams() {
    }

    /**
     * The version a change applies to: from If-Match, else from the {@code version} query parameter or body field;
     * null when none was sent, which the service refuses after it checked the caller's permission.
     */
    static Long version(String ifMatch, String version) {
        return ifMatch != null ? Long.valueOf(ETags.versionOf(ifMatch)) : RequestParams.parseLong("version", version);
    }

    /** A constant of {@code type} by name (case-insensitive), or null when absent. */
    static <E extends Enum<E>> E parseEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO date (2026-12-31), or null when absent. */
    static LocalDate parseDate(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(name, "must be a date such as 2026-12-31");
        }
    }
}
