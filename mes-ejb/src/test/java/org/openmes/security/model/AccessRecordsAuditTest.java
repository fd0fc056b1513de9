package org.openmes.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.audit.model.FieldChange;
import org.openmes.audit.model.RecordShape;

/** The access records are audited like every other record: the trail can read every field they store. */
class AccessRecordsAuditTest {

    @Test
    void theTrailRecordsGrantsMappingsAndAssignmentsFieldByField() {
        assertEquals("PermissionGrant", RecordShape.of(PermissionGrant.class).entityType());
        assertEquals("GroupRoleMapping", RecordShape.of(GroupRoleMapping.class).entityType());
        assertEquals("RoleAssignment", RecordShape.of(RoleAssignment.class).entityType());
        assertEquals("RoleDefinition", RecordShape.of(RoleDefinition.class).entityType());
    }

    @Test
    void anAssignmentIsRecordedWithPrincipalRoleAndReason() {
        RoleAssignment assignment = new RoleAssignment("erp", MesRole.ERP_SYSTEM, "ERP go-live");
        assertEquals(List.of("principalName", "reason", "role"),
                RecordShape.of(RoleAssignment.class).stateOf(assignment).asCreated().stream().map(FieldChange::field).toList());
    }
}
