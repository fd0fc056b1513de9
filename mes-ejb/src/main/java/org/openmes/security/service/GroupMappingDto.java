package org.openmes.security.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.openmes.security.model.GroupRoleMapping;

/** A corporate group that means a role. Input: group name and role code; id and stamps are read-only. */
public class GroupMappingDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank
    @Size(max = GroupRoleMapping.MAX_GROUP_LENGTH)
    private String groupName;

    /** Role code such as {@code SHIFT_MANAGER}. */
    @NotBlank
    @Size(max = 40)
    private String role;

    private OffsetDateTime createdAt;
    private String createdBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
}
