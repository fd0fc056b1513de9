package org.openmes.security.service;

import java.io.Serializable;
import org.openmes.security.model.Permission;

/** One permission of the catalogue: its code, the bounded context it guards and what it allows. */
public class PermissionDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String context;
    private final String description;

    public PermissionDto(Permission permission) {
        this.code = permission.code();
        this.context = permission.context();
        this.description = permission.description();
    }

    public String getCode() { return code; }
    public String getContext() { return context; }
    public String getDescription() { return description; }
}
