package org.openmes.common;

/** The caller edited an older version of the record than the stored one (HTTP 409). */
public class StaleVersionException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String recordType, Object id, long expected, long actual) {
        super("version", recordType + " " + id + " was changed by someone else (you edited version "
                + expected + ", it is now at version " + actual + "); reload it and apply your change again");
    }
}
