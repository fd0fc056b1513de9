package org.openmes.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
    private static final AccessRules RULES = AccessRules.builder()
            .grant(MesRole.OPERATOR, Permission.JOB_EXECUTE)
            .grant(MesRole.OPERATOR, Permission.PLANT_VIEW)
            .grant(MesRole.QUALITY, Permission.AUDIT_READ)
            .grant(MesRole.QUALITY, Permission.PLANT_VIEW)
            .grant(MesRole.ADMIN, Permission.ROLE_MANAGE)
            .mapGroup("mes-operator", MesRole.OPERATOR)
            .mapGroup("qa-team", MesRole.QUALITY)
            .assign("erika", MesRole.ADMIN)
            .build();

    private static CallerIdentity user(String name, String... groups) {
        return new CallerIdentity(name, CallerKind.USER, Set.of(groups), null);
    }

    @Test
    void aCallersRolesAreThoseOfItsGroups() {
        assertEquals(EnumSet.of(MesRole.OPERATOR, MesRole.QUALITY), RULES.rolesOf(user("max", "mes-operator", "qa-team", "canteen")));
    }

    @Test
    void localAssignmentsAddToTheGroupRoles() {
        assertEquals(EnumSet.of(MesRole.OPERATOR, MesRole.ADMIN), RULES.rolesOf(user("erika", "mes-operator")));
    }

    @Test
    void aCallersPermissionsAreTheUnionOfItsRolesGrants() {
        assertEquals(EnumSet.of(Permission.JOB_EXECUTE, Permission.PLANT_VIEW, Permission.AUDIT_READ),
                RULES.permissionsOf(user("max", "mes-operator", "qa-team")));
    }

    @Test
    void aCallerWithoutMappedGroupsOrAssignmentsMayDoNothing() {
        assertTrue(RULES.permissionsOf(user("visitor", "canteen")).isEmpty());
    }

    @Test
    void groupNamesMatchExactly() {
        assertTrue(RULES.rolesOf(user("max", "MES-OPERATOR", "mes-operator ")).isEmpty());
    }

    @Test
    void anAssignmentBelongsToThePrincipalNotToItsGroups() {
        assertTrue(RULES.rolesOf(user("max", "erika")).isEmpty());
    }

    @Test
    void theSystemHoldsNoRoles() {
        assertTrue(RULES.rolesOf(CallerIdentity.system()).isEmpty());
    }

    @Test
    void onlyAnOperatorWorksAtAKiosk() {
        assertThrows(IllegalArgumentException.class, () -> new CallerIdentity("max", CallerKind.USER, Set.of(), "KIOSK-1"));
        assertThrows(IllegalArgumentException.class, () -> new CallerIdentity("max", CallerKind.KIOSK_OPERATOR, Set.of(), null));
        assertEquals("KIOSK-1", new CallerIdentity("4711", CallerKind.KIOSK_OPERATOR, Set.of(), "KIOSK-1").kiosk().orElseThrow());
    }

    @Test
    void aRolesHoldersAreItsAssigneesAndTheKnownMembersOfItsGroupsEachOnce() {
        AccessRules rules = AccessRules.builder()
                .mapGroup("qa-team", MesRole.QUALITY)
                .mapGroup("lab", MesRole.QUALITY)
                .mapGroup("mes-operator", MesRole.OPERATOR)
                .assign("erika", MesRole.QUALITY)
                .assign("otto", MesRole.OPERATOR)
                .build();
        Map<String, Set<String>> known = Map.of(
                "erika", Set.of("qa-team"), // both assigned and a member: named once
                "max", Set.of("lab", "canteen"),
                "anna", Set.of("mes-operator"),
                "visitor", Set.of("canteen"));

        assertEquals(List.of("erika", "max"), List.copyOf(rules.holdersOf(MesRole.QUALITY, known)));
        assertEquals(List.of("anna", "otto"), List.copyOf(rules.holdersOf(MesRole.OPERATOR, known)));
        assertEquals(List.of("erika"), List.copyOf(rules.holdersOf(MesRole.QUALITY, Map.of())), "nobody seen: the assignees only");
        assertTrue(rules.holdersOf(MesRole.ADMIN, known).isEmpty());
        assertEquals(Set.of("lab", "qa-team"), rules.groupsOf(MesRole.QUALITY));
    }
}
