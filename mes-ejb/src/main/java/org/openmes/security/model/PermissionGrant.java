package org.openmes.security.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.openmes.common.persistence.AuditedEntity;

/** One permission granted to one role. Created and removed only through {@link RoleDefinition#grantExactly}. */
@Entity
@Table(name = "security_role_permission")
public class PermissionGrant extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_code", nullable = false, updatable = false)
    private RoleDefinition role;

    @Convert(converter = PermissionConverter.class)
    @Column(name = "permission_code", nullable = false, updatable = false, length = 60)
    private Permission permission;

    protected PermissionGrant() {
    }

    PermissionGrant(RoleDefinition role, Permission permission) {
        this.role = role;
        this.permission = permission;
    }

    public Long getId() {
        return id;
    }

    public RoleDefinition getRole() {
        return role;
    }

    public Permission getPermission() {
        return permission;
    }
}
