package org.openmes.security.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A role as stored: its name and what it is granted. The roles themselves are fixed (one row per
 * {@link MesRole}, seeded by the migration); what they may do is not. The row's version moves with every change
 * of the grants, so an administrator's edit of a role is checked against the grants she saw.
 * <p>
 * Rule: the administrator role always keeps the permissions to manage roles and users, so that no edit can lock
 * the plant out of its own access control.
 */
@Entity
@Table(name = "security_role")
public class RoleDefinition extends AuditedEntity {
    /** What {@link MesRole#ADMIN} can never lose. */
    public static final Set<Permission> ADMIN_KEEPS = EnumSet.of(Permission.ROLE_MANAGE, Permission.USER_MANAGE);

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40)
    private MesRole code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @OneToMany(mappedBy = "role", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PermissionGrant> grants = new ArrayList<>();

    protected RoleDefinition() {
    }

    /** Roles are seeded by the migration; this is for a role held in memory only. */
    RoleDefinition(MesRole code) {
        this.code = code;
        this.name = code.label();
        this.description = code.description();
    }

    public MesRole getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** What the role is granted now. */
    public Set<Permission> permissions() {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (PermissionGrant grant : grants) {
            permissions.add(grant.getPermission());
        }
        return permissions;
    }

    /**
     * Grants exactly {@code wanted}: revokes what is not in it, grants what is missing.
     *
     * @return whether anything changed
     */
    public boolean grantExactly(Set<Permission> wanted) {
        if (code == MesRole.ADMIN && !wanted.containsAll(ADMIN_KEEPS)) {
            throw new InvalidInputException("permissions", "the administrator role must keep " + ADMIN_KEEPS
                    + ", or nobody could manage roles and users any more");
        }
        Set<Permission> current = permissions();
        if (current.equals(wanted)) {
            return false;
        }
        grants.removeIf(grant -> !wanted.contains(grant.getPermission()));
        for (Permission permission : wanted) {
            if (!current.contains(permission)) {
                grants.add(new PermissionGrant(this, permission));
            }
        }
        // the row itself is not changed by a grant; marking it stamps it and moves its version (optimistic lock)
        markRowChanged();
        return true;
    }

    @Override
    public String toString() {
        return "role " + code;
    }
}
