package org.openmes.security.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The full set of permission codes a role is to be granted, and the role's version the client edited. */
public class RolePermissionsDto implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull
    @Size(max = 200)
    private List<@NotNull String> permissions;

    /** Version the client edited; required (or given as an If-Match ETag). */
    private Long version;

    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> permissions) { this.permissions = permissions; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
