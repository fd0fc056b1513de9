package org.openmes.telemetry.connector;

import jakarta.resource.ResourceException;

/**
 * Why an on-demand read or write of a tag failed, as the standard {@link ResourceException} with one of the error
 * codes below, so that a caller needs none of the adapter's classes: {@link #NOT_FOUND} (no polled PLC or no tag of
 * that name), {@link #REFUSED} (the driver or the PLC refuses the request or the value; nothing was written),
 * {@link #UNAVAILABLE} (the PLC did not answer; the session was closed as after a failed read).
 */
public final class TagAccessException extends ResourceException {
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String REFUSED = "REFUSED";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    private static final long serialVersionUID = 1L;

    TagAccessException(String errorCode, String message) {
        super(message, errorCode);
    }
}
