package org.openmes.platform.rest;

/**
 * The request cannot be read at all (HTTP 400 malformed-request): a body that is not the expected JSON, or
 * a parameter of the wrong type. Unlike {@link org.openmes.common.InvalidInputException} the values never
 * reached a rule; the message is safe to show to the client.
 */
public class MalformedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public MalformedRequestException(String field, String message) {
        this(field, message, null);
    }

    public MalformedRequestException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The JSON property path or parameter name at fault, or null when it cannot be told. */
    public String getField() {
        return field;
    }
}
