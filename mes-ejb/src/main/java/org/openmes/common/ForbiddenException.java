package org.openmes.common;

/**
 * The caller is signed in but lacks the permission the action needs (HTTP 403). The message names the
 * permission, never what the guarded data holds.
 */
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
