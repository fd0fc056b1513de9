package org.openmes.telemetry.connector;

import java.util.Locale;

/**
 * The adapter's settings. A resource adapter does not see the application's MicroProfile Config, so a key is read
 * from a Java system property ({@code -Dmes.telemetry.x} in jvm.options) or the environment ({@code MES_TELEMETRY_X})
 * and falls back to its default; docs/configuration.md lists them.
 */
final class Settings {
    private Settings() {
    }

    static String string(String key, String defaultValue) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    static long number(String key, long defaultValue) {
        String value = string(key, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + value, e);
        }
    }
}
