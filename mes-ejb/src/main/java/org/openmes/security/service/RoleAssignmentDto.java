package org.openmes.security.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.RoleAssignment;

/**
 * A role assigned to a principal in the MES. Input: principal, role code and reason; who assigned it and when
 * (id, assignedBy, assignedAt) are read-only.
 */
public class RoleAssignmentDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank
    @Size(max = CallerIdentity.MAX_NAME_LENGTH)
    private String principalName;

    /** Role code such as {@code ERP_SYSTEM}. */
    @NotBlank
    @Size(max = 40)
    private String role;

    @NotBlank
    @Size(max = RoleAssignment.MAX_REASON_LENGTH)
    private String reason;

    private OffsetDateTime assignedAt;
    private String assignedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPrincipalName() { return principalName; }
    public void setPrincipalName(String principalName) { this.principalName = principalName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public OffsetDateTime getAssignedAt() { return assignedAt; }
    public void setAssignedAt(OffsetDateTime assignedAt) { this.assignedAt = assignedAt; }
    public String getAssignedBy() { return assignedBy; }
    public void setAssignedBy(String assignedBy) { this.assignedBy = assignedBy; }
}
