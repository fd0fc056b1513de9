package org.openmes.common;

import jakarta.ejb.ApplicationException;

/**
 * The request reached a guarded action without a signed-in caller (HTTP 401). Not the input's fault: the whole
 * request is refused. Like {@link ForbiddenException} it comes before the method ran, so it rolls nothing back.
 */
@ApplicationException(rollback = false, inherited = true)
public class NotAuthenticatedException extends MesException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(null, message);
    }
}
