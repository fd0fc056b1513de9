package org.openmes.common;

/**
 * The request is well-formed but conflicts with the current state (HTTP 409): a duplicate natural key,
 * a rule of the record's lifecycle, a node that still has children.
 */
public class ConflictException extends MesException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
