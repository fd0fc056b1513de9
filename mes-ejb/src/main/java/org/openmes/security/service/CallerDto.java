package org.openmes.security.service;

import java.io.Serializable;
import java.util.List;

/** The signed-in caller as it sees itself: name, kind, kiosk (operators), roles and permission codes. */
public class CallerDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String kind;
    private final String kiosk;
    private final List<String> roles;
    private final List<String> permissions;

    public CallerDto(String name, String kind, String kiosk, List<String> roles, List<String> permissions) {
        this.name = name;
        this.kind = kind;
        this.kiosk = kiosk;
        this.roles = List.copyOf(roles);
        this.permissions = List.copyOf(permissions);
    }

    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getKiosk() { return kiosk; }
    public List<String> getRoles() { return roles; }
    public List<String> getPermissions() { return permissions; }

    /** Whether the caller holds the permission with code {@code permissionCode}. */
    public boolean may(String permissionCode) {
        return permissions.contains(permissionCode);
    }
}
