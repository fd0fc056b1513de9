package org.openmes.security.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.MesRole;
import org.openmes.security.model.Permission;

/**
 * Who the caller is and what it may do, for every signed-in caller (no permission needed: anyone may know
 * their own rights), and the check a page makes before it renders. The MES itself holds every permission, as it is never checked.
 */
@Stateless
public class CallerService {
    @Inject
    AccessControl access;

    /** The signed-in caller; 401 when a client's request has none. */
    public CallerDto me() {
        return toDto(AccessGuard.requireCaller(access.caller()));
    }

    /** The signed-in caller, or empty: for pages that show a guest differently rather than refuse. */
    public Optional<CallerDto> signedIn() {
        return access.caller().map(this::toDto);
    }

    /**
     * Refuses the caller unless it holds the permission with code {@code permissionCode}: for pages, which check
     * before they render anything (their services check again on every call).
     */
    public void require(String permissionCode) {
        Permission permission = Permission.ofCode(permissionCode);
        if (permission == null) {
            throw new IllegalArgumentException("No permission has code '" + permissionCode + "'");
        }
        access.require(permission);
    }

    private CallerDto toDto(CallerIdentity caller) {
        Set<MesRole> roles = access.rolesOf(caller);
        Set<Permission> permissions = caller.isSystem() ? EnumSet.allOf(Permission.class) : access.permissionsOf(caller);
        return new CallerDto(caller.name(), caller.kind().name(), caller.kioskId(),
                roles.stream().map(Enum::name).toList(),
                Arrays.stream(Permission.values()).filter(permissions::contains).map(Permission::code).toList());
    }
}
