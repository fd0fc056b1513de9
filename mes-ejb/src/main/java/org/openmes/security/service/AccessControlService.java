package org.openmes.security.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.common.persistence.SqlStates;
import org.openmes.security.model.GroupRoleMapping;
import org.openmes.security.model.MesRole;
import org.openmes.security.model.Permission;
import org.openmes.security.model.RoleAssignment;
import org.openmes.security.model.RoleDefinition;

/**
 * Administration of access control: the permission catalogue, what each role is granted, which corporate groups
 * mean which roles ({@code role.manage}), and the roles assigned to principals in the MES ({@code user.manage}).
 * Every change takes effect for every caller as soon as it commits (the cache is emptied then) and is recorded in
 * the audit trail like any other record.
 */
@Stateless
@RequiresPermission(Permission.ROLE_MANAGE)
public class AccessControlService {
    private static final String ROLE = "role";
    private static final String GROUP_MAPPING = "group mapping";
    private static final String ROLE_ASSIGNMENT = "role assignment";

    @PersistenceContext(unitName = "mes")
    EntityManager em;

    @Inject
    AccessRulesCache cache;

    /** The catalogue, in its fixed order. */
    public List<PermissionDto> permissions() {
        return Arrays.stream(Permission.values()).map(PermissionDto::new).toList();
    }

    /** Every role with its grants, in the order of {@link MesRole}. */
    public List<RoleDto> roles() {
        List<RoleDto> roles = new ArrayList<>();
        for (MesRole code : MesRole.values()) {
            roles.add(toDto(load(code)));
        }
        return roles;
    }

    /** One role by code ({@code SHIFT_MANAGER}); 404 for a code that names no role. */
    public RoleDto role(String code) {
        return toDto(load(existingRole(code)));
    }

    /**
     * Grants role {@code code} exactly the permissions of {@code change}, provided the role is still at the
     * version the client edited.
     */
    public RoleDto grantExactly(String code, RolePermissionsDto change) {
        MesRole roleCode = existingRole(code);
        if (change == null || change.getPermissions() == null) {
            throw new InvalidInputException("permissions", "is required: the full list of permission codes the role is to hold");
        }
        if (change.getVersion() == null) {
            throw new InvalidInputException("version", "is required to change a role's permissions: send the version"
                    + " you edited (or an If-Match header)");
        }
        Set<Permission> wanted = permissions(change.getPermissions());
        RoleDefinition role = em.find(RoleDefinition.class, roleCode, LockModeType.PESSIMISTIC_WRITE);
        if (role.getVersion() != change.getVersion()) {
            throw new StaleVersionException(ROLE, roleCode, change.getVersion(), role.getVersion());
        }
        if (role.grantExactly(wanted)) {
            em.flush();
            cache.invalidateAfterCompletion();
        }
        return toDto(role);
    }

    public List<GroupMappingDto> groupMappings() {
        return em.createQuery("select m from GroupRoleMapping m order by m.groupName, m.role", GroupRoleMapping.class)
                .getResultList().stream().map(AccessControlService::toDto).toList();
    }

    /** Maps a group to a role; 409 when that mapping exists. */
    public GroupMappingDto mapGroup(GroupMappingDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a group mapping is required");
        }
        GroupRoleMapping mapping = new GroupRoleMapping(draft.getGroupName(), role("role", draft.getRole()));
        long existing = em.createQuery("select count(m) from GroupRoleMapping m where m.groupName = :group and m.role = :role", Long.class)
                .setParameter("group", mapping.getGroupName()).setParameter("role", mapping.getRole()).getSingleResult();
        add(mapping, existing > 0, "groupName", "group " + mapping.getGroupName() + " is already mapped to " + mapping.getRole());
        return toDto(mapping);
    }

    public void unmapGroup(long id) {
        remove(GroupRoleMapping.class, id, GROUP_MAPPING);
    }

    @RequiresPermission(Permission.USER_MANAGE)
    public List<RoleAssignmentDto> roleAssignments() {
        return em.createQuery("select a from RoleAssignment a order by a.principalName, a.role", RoleAssignment.class)
                .getResultList().stream().map(AccessControlService::toDto).toList();
    }

    /** Assigns a role to a principal; 409 when it holds that assignment already. */
    @RequiresPermission(Permission.USER_MANAGE)
    public RoleAssignmentDto assign(RoleAssignmentDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a role assignment is required");
        }
        RoleAssignment assignment = new RoleAssignment(draft.getPrincipalName(), role("role", draft.getRole()), draft.getReason());
        long existing = em.createQuery("select count(a) from RoleAssignment a where a.principalName = :principal and a.role = :role", Long.class)
                .setParameter("principal", assignment.getPrincipalName()).setParameter("role", assignment.getRole()).getSingleResult();
        add(assignment, existing > 0, "principalName", assignment.getPrincipalName() + " already holds role " + assignment.getRole());
        return toDto(assignment);
    }

    @RequiresPermission(Permission.USER_MANAGE)
    public void unassign(long id) {
        remove(RoleAssignment.class, id, ROLE_ASSIGNMENT);
    }

    /**
     * Stores a new mapping or assignment unless its twin exists ({@code duplicate}); a twin that commits between
     * the check and the insert is caught by the unique constraint.
     */
    private void add(AuditedEntity record, boolean duplicate, String field, String duplicateMessage) {
        if (duplicate) {
            throw new ConflictException(field, duplicateMessage);
        }
        em.persist(record);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                ConflictException conflict = new ConflictException(field, duplicateMessage);
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
        cache.invalidateAfterCompletion();
    }

    private <T> void remove(Class<T> type, long id, String recordType) {
        T record = em.find(type, id);
        if (record == null) {
            throw new NotFoundException(recordType, id);
        }
        em.remove(record);
        em.flush();
        cache.invalidateAfterCompletion();
    }

    private RoleDefinition load(MesRole code) {
        RoleDefinition role = em.find(RoleDefinition.class, code);
        if (role == null) {
            throw new IllegalStateException("Role " + code + " has no row; migration V3 seeds every role");
        }
        return role;
    }

    /** A role named in the URL: an unknown one is no resource. */
    private static MesRole existingRole(String code) {
        MesRole role = MesRole.ofCode(code);
        if (role == null) {
            throw new NotFoundException(ROLE, code);
        }
        return role;
    }

    /** A role named in the input: an unknown one is bad input, named by its field. */
    private static MesRole role(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        MesRole role = MesRole.ofCode(code.strip());
        if (role == null) {
            throw new InvalidInputException(field, "'" + code + "' is no role; roles are " + Arrays.toString(MesRole.values()));
        }
        return role;
    }

    private static Set<Permission> permissions(List<String> codes) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (int i = 0; i < codes.size(); i++) {
            Permission permission = Permission.ofCode(codes.get(i));
            if (permission == null) {
                throw new InvalidInputException("permissions[" + i + "]", "'" + codes.get(i)
                        + "' is no permission; GET /api/security/permissions lists them");
            }
            permissions.add(permission);
        }
        return permissions;
    }

    private static RoleDto toDto(RoleDefinition role) {
        Set<Permission> granted = role.permissions();
        return new RoleDto(role.getCode().name(), role.getName(), role.getDescription(),
                Arrays.stream(Permission.values()).filter(granted::contains).map(Permission::code).toList(),
                role.getVersion());
    }

    private static GroupMappingDto toDto(GroupRoleMapping mapping) {
        GroupMappingDto dto = new GroupMappingDto();
        dto.setId(mapping.getId());
        dto.setGroupName(mapping.getGroupName());
        dto.setRole(mapping.getRole().name());
        dto.setCreatedAt(mapping.getCreatedAt());
        dto.setCreatedBy(mapping.getCreatedBy());
        return dto;
    }

    private static RoleAssignmentDto toDto(RoleAssignment assignment) {
        RoleAssignmentDto dto = new RoleAssignmentDto();
        dto.setId(assignment.getId());
        dto.setPrincipalName(assignment.getPrincipalName());
        dto.setRole(assignment.getRole().name());
        dto.setReason(assignment.getReason());
        dto.setAssignedAt(assignment.getCreatedAt());
        dto.setAssignedBy(assignment.getCreatedBy());
        return dto;
    }
}
