package org.openmes.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller is signed in but lacks the permission the action needs (HTTP 403). The message names the
 * permission, never what the guarded data holds. Refused before the method ran, it changed nothing: no rollback,
 * and no rolled-back local transaction for the server to report as an error in methods that run without one.
 */
@ApplicationException(rollback = false, inherited = true)
public class ForbiddenException extends MesException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    public ForbiddenException(String permission, String message) {
        super(null, message);
        this.permission = permission;
    }

    /** Code of the missing permission, such as {@code plant.edit}. */
    public String getPermission() {
        return permission;
    }
}
