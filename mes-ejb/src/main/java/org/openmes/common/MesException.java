package org.openmes.common;

import jakarta.ejb.ApplicationException;

/**
 * Base of the business exceptions. They are application exceptions: they reach the caller unwrapped
 * and roll the transaction back, so a refused multi-step action leaves nothing behind.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class MesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    protected MesException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the problem is about (dotted path such as {@code capacity.hoursPerDay}), or null. */
    public String getField() {
        return field;
    }
}
