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
 * A corporate group (as the identity provider or the token names it) that means a role in the MES: every
 * member of the group holds the role. Never changed, only created and removed.
 */
@Entity
@Table(name = "security_group_mapping")
public class GroupRoleMapping extends AuditedEntity {
    public static final int MAX_GROUP_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_name", nullable = false, updatable = false, length = MAX_GROUP_LENGTH)
    private String groupName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", nullable = false, updatable = false, length = 40)
    private MesRole role;

    protected GroupRoleMapping() {
    }

    public GroupRoleMapping(String groupName, MesRole role) {
        this.groupName = Names.required("groupName", groupName, MAX_GROUP_LENGTH);
        this.role = Names.required(role);
    }

    public Long getId() {
        return id;
    }

    public String getGroupName() {
        return groupName;
    }

    public MesRole getRole() {
        return role;
    }

    @Override
    public String toString() {
        return "group " + groupName + " → " + role;
    }
}
