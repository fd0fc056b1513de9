package org.openmes.telemetry.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;

/**
 * The scan classes of a PLC connection, written {@code name=milliseconds} separated by commas
 * ({@code fast=100,normal=1000,slow=10000}). Periods from 50 ms to one hour.
 */
public record ScanClasses(String text) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final String FIELD = "scanClasses";

    public ScanClasses {
        periods(text);
    }

    /** Scan class name to period in milliseconds, in the order written. */
    public Map<String, Long> periods() {
        return periods(text);
    }

    public boolean contains(String scanClass) {
        return periods().containsKey(scanClass);
    }

    private static Map<String, Long> periods(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FIELD, "is required, e.g. fast=100,normal=1000");
        }
        Map<String, Long> periods = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.trim().split("=");
            if (parts.length != 2 || !NAME.matcher(parts[0].trim()).matches()) {
                throw new InvalidInputException(FIELD, "must read name=milliseconds[,name=milliseconds...] with"
                        + " lower-case names, not '" + text + "'");
            }
            long period;
            try {
                period = Long.parseLong(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(FIELD, "period of '" + parts[0].trim() + "' is not a whole number");
            }
            if (period < 50 || period > 3_600_000) {
                throw new InvalidInputException(FIELD, "period of '" + parts[0].trim() + "' must be 50..3600000 ms");
            }
            if (periods.put(parts[0].trim(), period) != null) {
                throw new InvalidInputException(FIELD, "names '" + parts[0].trim() + "' twice");
            }
        }
        return Collections.unmodifiableMap(periods);
    }
}
