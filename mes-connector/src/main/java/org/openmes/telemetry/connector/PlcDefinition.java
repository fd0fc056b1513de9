package org.openmes.telemetry.connector;

import java.util.List;
import java.util.Map;

/**
 * A PLC connection as the adapter polls it, read from {@code telemetry_plc_connection} with its tags.
 * {@code scanClasses} maps a scan class name to its period in milliseconds.
 */
public record PlcDefinition(long id, String code, String connectionString, Map<String, Long> scanClasses,
                            int requestTimeoutMillis, String heartbeatTag, List<TagDefinition> tags) {

    /** The tags of one scan class, in configuration order. */
    List<TagDefinition> tagsOf(String scanClass) {
        return tags.stream().filter(tag -> tag.scanClass().equals(scanClass)).toList();
    }

    /**
     * Parses {@code "fast=100,normal=1000"}. The EJB side refuses anything else at save time, so a failure here
     * means the row was written behind its back.
     */
    static Map<String, Long> parseScanClasses(String text) {
        Map<String, Long> classes = new java.util.LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.trim().split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("scan classes must read name=milliseconds[,...], not " + text);
            }
            classes.put(parts[0].trim(), Long.parseLong(parts[1].trim()));
        }
        return classes;
    }
}
