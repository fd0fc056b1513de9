package org.openmes.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class RoleDefinitionTest {

    @Test
    void grantingExactlyASetRevokesTheRestAndGrantsWhatIsMissing() {
        RoleDefinition viewer = new RoleDefinition(MesRole.VIEWER);
        viewer.grantExactly(EnumSet.of(Permission.PLANT_VIEW, Permission.ORDER_VIEW));

        assertTrue(viewer.grantExactly(EnumSet.of(Permission.ORDER_VIEW, Permission.REPORT_VIEW)));

        assertEquals(EnumSet.of(Permission.ORDER_VIEW, Permission.REPORT_VIEW), viewer.permissions());
    }

    @Test
    void grantingWhatTheRoleHoldsChangesNothing() {
        RoleDefinition viewer = new RoleDefinition(MesRole.VIEWER);
        viewer.grantExactly(EnumSet.of(Permission.PLANT_VIEW));

        assertFalse(viewer.grantExactly(EnumSet.of(Permission.PLANT_VIEW)));
    }

    @Test
    void theAdministratorKeepsTheRightToManageRolesAndUsers() {
        RoleDefinition admin = new RoleDefinition(MesRole.ADMIN);
        admin.grantExactly(EnumSet.allOf(Permission.class));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> admin.grantExactly(EnumSet.of(Permission.USER_MANAGE, Permission.PLANT_VIEW)));

        assertEquals("permissions", refused.getField());
        assertEquals(EnumSet.allOf(Permission.class), admin.permissions());
    }

    @Test
    void otherRolesMayLoseEverything() {
        RoleDefinition planner = new RoleDefinition(MesRole.PLANNER);
        planner.grantExactly(EnumSet.of(Permission.ROLE_MANAGE));

        planner.grantExactly(EnumSet.noneOf(Permission.class));

        assertTrue(planner.permissions().isEmpty());
    }

    @Test
    void mappingsAndAssignmentsKeepTrimmedNamesAndRequireAReason() {
        assertEquals("mes-planner", new GroupRoleMapping("  mes-planner ", MesRole.PLANNER).getGroupName());
        assertEquals("groupName", assertThrows(InvalidInputException.class, () -> new GroupRoleMapping(" ", MesRole.PLANNER)).getField());
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> new RoleAssignment("erp", MesRole.ERP_SYSTEM, "")).getField());
        assertEquals("principalName", assertThrows(InvalidInputException.class,
                () -> new RoleAssignment("a\nb", MesRole.ERP_SYSTEM, "why")).getField());
    }
}
