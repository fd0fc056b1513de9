package org.openmes.common;

/** The request itself is wrong whatever the state of the system (HTTP 400). */
public class InvalidInputException extends MesException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}
