package org.openmes.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.security.service.AccessControlService;
import org.openmes.security.service.GroupMappingDto;
import org.openmes.security.service.PermissionDto;
import org.openmes.security.service.RoleAssignmentDto;
import org.openmes.security.service.RoleDto;
import org.openmes.security.service.RolePermissionsDto;

/**
 * Backing bean of {@code /admin/access.xhtml}: the role × permission matrix (saved a role at a time, at the
 * version the page showed), the corporate group mappings and the roles assigned in the MES. Opening the page
 * needs {@code role.manage}; the service refuses otherwise and the error page says so. The assignments need
 * {@code user.manage} as well and are shown only to those who have it.
 */
@Named
@ViewScoped
public class AccessView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String MATRIX_FORM = "matrixForm";
    private static final String GROUP_FORM = "groupForm";
    private static final String ASSIGNMENT_FORM = "assignmentForm";

    @EJB
    private AccessControlService access;

    @Inject
    private CurrentUser currentUser;

    private List<PermissionDto> permissions = List.of();
    private List<RoleDto> roles = List.of();
    /** role code → permission code → ticked; what the matrix shows and edits. */
    private final Map<String, Map<String, Boolean>> granted = new HashMap<>();
    private List<GroupMappingDto> groupMappings = List.of();
    private GroupMappingDto newMapping = new GroupMappingDto();
    private List<RoleAssignmentDto> assignments = List.of();
    private RoleAssignmentDto newAssignment = new RoleAssignmentDto();
    private boolean managesUsers;

    /** Not wrapped in {@link ActionFeedback}: a refusal here refuses the whole page. */
    @PostConstruct
    void init() {
        permissions = access.permissions();
        loadRoles();
        groupMappings = access.groupMappings();
        managesUsers = currentUser.may("user.manage");
        if (managesUsers) {
            assignments = access.roleAssignments();
        }
    }

    private void loadRoles() {
        roles = access.roles();
        granted.clear();
        for (RoleDto role : roles) {
            Map<String, Boolean> ticks = new HashMap<>();
            for (PermissionDto permission : permissions) {
                ticks.put(permission.getCode(), role.getPermissions().contains(permission.getCode()));
            }
            granted.put(role.getCode(), ticks);
        }
    }

    /** Saves the ticks of one role's column, at the version the page read. */
    public void saveRole(String roleCode) {
        RoleDto role = roles.stream().filter(r -> r.getCode().equals(roleCode)).findFirst().orElseThrow();
        RolePermissionsDto change = new RolePermissionsDto();
        List<String> codes = new ArrayList<>();
        granted.get(roleCode).forEach((code, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                codes.add(code);
            }
        });
        change.setPermissions(codes);
        change.setVersion(role.getVersion());
        if (ActionFeedback.run(MATRIX_FORM, () -> replaceRole(access.grantExactly(roleCode, change)))) {
            ActionFeedback.info("Saved the permissions of " + role.getName());
        }
    }

    /** Drops unsaved ticks and shows the roles as stored now (after a conflict, say). */
    public void reloadRoles() {
        ActionFeedback.run(MATRIX_FORM, this::loadRoles);
    }

    private void replaceRole(RoleDto saved) {
        List<RoleDto> updated = new ArrayList<>(roles);
        updated.replaceAll(r -> r.getCode().equals(saved.getCode()) ? saved : r);
        roles = List.copyOf(updated);
    }

    public void addMapping() {
        if (ActionFeedback.run(GROUP_FORM, () -> {
            access.mapGroup(newMapping);
            groupMappings = access.groupMappings();
        })) {
            ActionFeedback.info("Group " + newMapping.getGroupName() + " now means " + newMapping.getRole());
            newMapping = new GroupMappingDto();
        }
    }

    public void removeMapping(long id) {
        ActionFeedback.run(GROUP_FORM, () -> {
            access.unmapGroup(id);
            groupMappings = access.groupMappings();
        });
    }

    public void addAssignment() {
        if (ActionFeedback.run(ASSIGNMENT_FORM, () -> {
            access.assign(newAssignment);
            assignments = access.roleAssignments();
        })) {
            ActionFeedback.info(newAssignment.getPrincipalName() + " now holds " + newAssignment.getRole());
            newAssignment = new RoleAssignmentDto();
        }
    }

    public void removeAssignment(long id) {
        ActionFeedback.run(ASSIGNMENT_FORM, () -> {
            access.unassign(id);
            assignments = access.roleAssignments();
        });
    }

    public List<PermissionDto> getPermissions() {
        return permissions;
    }

    public List<RoleDto> getRoles() {
        return roles;
    }

    public Map<String, Map<String, Boolean>> getGranted() {
        return granted;
    }

    public List<GroupMappingDto> getGroupMappings() {
        return groupMappings;
    }

    public GroupMappingDto getNewMapping() {
        return newMapping;
    }

    public List<RoleAssignmentDto> getAssignments() {
        return assignments;
    }

    public RoleAssignmentDto getNewAssignment() {
        return newAssignment;
    }

    public boolean isManagesUsers() {
        return managesUsers;
    }
}
