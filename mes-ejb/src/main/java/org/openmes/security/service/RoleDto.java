package org.openmes.security.service;

import java.io.Serializable;
import java.util.List;

/** A role and the codes of the permissions it is granted (in catalogue order), at version {@code version}. */
public class RoleDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final String description;
    private final List<String> permissions;
    private final long version;

    public RoleDto(String code, String name, String description, List<String> permissions, long version) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.permissions = List.copyOf(permissions);
        this.version = version;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public List<String> getPermissions() { return permissions; }
    public long getVersion() { return version; }
}
