package org.openmes.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmes.common.ForbiddenException;
import org.openmes.common.NotAuthenticatedException;
import org.openmes.security.model.AccessRules;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.CallerKind;
import org.openmes.security.model.MesRole;
import org.openmes.security.model.Permission;

/** What the permission interceptor decides, for every kind of caller. */
class AccessGuardTest {
    private static final AccessRules RULES = AccessRules.builder()
            .grant(MesRole.VIEWER, Permission.PLANT_VIEW)
            .grant(MesRole.ENGINEER, Permission.PLANT_EDIT)
            .grant(MesRole.ERP_SYSTEM, Permission.ORDER_EDIT)
            .mapGroup("mes-viewer", MesRole.VIEWER)
            .mapGroup("mes-engineer", MesRole.ENGINEER)
            .assign("erp", MesRole.ERP_SYSTEM)
            .build();

    private static Optional<CallerIdentity> caller(String name, String... groups) {
        return AccessGuard.identify(Optional.of(name), Set.of(groups), true, RULES);
    }

    private static void require(Permission permission, Optional<CallerIdentity> caller) {
        AccessGuard.require(permission, caller, RULES::permissionsOf);
    }

    @Test
    void aCallerWithThePermissionPasses() {
        require(Permission.PLANT_EDIT, caller("erika", "mes-engineer"));
    }

    @Test
    void aCallerWithoutThePermissionIsForbiddenAndToldWhichOneItLacks() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> require(Permission.PLANT_EDIT, caller("max", "mes-viewer")));
        assertEquals("plant.edit", refused.getPermission());
        assertTrue(refused.getMessage().contains("'plant.edit'"), refused.getMessage());
    }

    @Test
    void aClientsRequestWithoutACallerIsNotAuthenticated() {
        Optional<CallerIdentity> nobody = AccessGuard.identify(Optional.empty(), Set.of(), true, RULES);
        assertThrows(NotAuthenticatedException.class, () -> require(Permission.PLANT_VIEW, nobody));
    }

    @Test
    void theSystemsOwnWorkIsNotChecked() {
        Optional<CallerIdentity> startUp = AccessGuard.identify(Optional.empty(), Set.of(), false, RULES);
        assertEquals(CallerKind.SYSTEM, startUp.orElseThrow().kind());
        require(Permission.ROLE_MANAGE, startUp);
    }

    @Test
    void aPrincipalHoldingOnlyTheErpRoleIsAService() {
        assertEquals(CallerKind.SERVICE, caller("erp").orElseThrow().kind());
        assertEquals(CallerKind.USER, caller("erika", "mes-engineer").orElseThrow().kind());
        assertEquals(CallerKind.USER, caller("nobody-special").orElseThrow().kind());
    }

    @Test
    void theMethodsPermissionOverridesTheClasssPermission() throws NoSuchMethodException {
        assertEquals(Permission.PLANT_EDIT, AccessGuard.requiredFor(Guarded.class.getMethod("change"), Guarded.class));
        assertEquals(Permission.PLANT_VIEW, AccessGuard.requiredFor(Guarded.class.getMethod("read"), Guarded.class));
    }

    @Test
    void aSubclassOfTheBeanSuchAsAContainerProxyCarriesTheClasssPermission() throws NoSuchMethodException {
        Method read = Guarded.class.getMethod("read");
        assertEquals(Permission.PLANT_VIEW, AccessGuard.requiredFor(read, Proxy.class));
    }

    @RequiresPermission(Permission.PLANT_VIEW)
    static class Guarded {
        public void read() {
            // a read
        }

        @RequiresPermission(Permission.PLANT_EDIT)
        public void change() {
            // a change
        }
    }

    static class Proxy extends Guarded {
    }
}
