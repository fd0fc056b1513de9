package org.openmes.telemetry.model;

/** How a tag's value is stored: bits as 0/1, integers exactly (64-bit fault arrays included), reals as numbers. */
public enum TagDataType {
    BOOL, INT, LONG, REAL
}
