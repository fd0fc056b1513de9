package org.openmes.common;

/**
 * The request reached a guarded action without a signed-in caller (HTTP 401). Not the input's fault: the whole
 * request is refused.
 */
public class NotAuthenticatedException extends MesException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(null, message);
    }
}
