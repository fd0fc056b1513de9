package org.openmes.security.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A role given to one principal (a person's account name, a kiosk operator's badge principal, a technical
 * account such as {@code erp}) in the MES itself, on top of what the corporate groups give. Who assigned it and
 * when are the record's creation stamps; why is required. Never changed, only created and removed.
 */
@Entity
@Table(name = "security_role_assignment")
public class RoleAssignment extends AuditedEntity {
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "principal_name", nullable = false, updatable = false, length = CallerIdentity.MAX_NAME_LENGTH)
    private String principalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", nullable = false, updatable = false, length = 40)
    private MesRole role;

    @Column(name = "reason", nullable = false, updatable = false, length = MAX_REASON_LENGTH)
    private String reason;

    protected RoleAssignment() {
    }

    public RoleAssignment(String principalName, MesRole role, String reason) {
        this.principalName = Names.required("principalName", principalName, CallerIdentity.MAX_NAME_LENGTH);
        this.role = Names.required(role);
        this.reason = Names.required("reason", reason, MAX_REASON_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public MesRole getRole() {
        return role;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return principalName + " as " + role;
    }
}
