package org.openmes.security.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibertyCallerGroupsTest {

    @Test
    void theGroupNameIsWhatFollowsTheRealm() {
        assertEquals("mes-admin", LibertyCallerGroups.groupName("group:BasicRealm/mes-admin", "BasicRealm"));
    }

    @Test
    void aRealmThatIsAnIssuerUrlIsCutOffWhole() {
        assertEquals("mes-shift-manager", LibertyCallerGroups.groupName(
                "group:https://sso.plant.example:9443/oidc/endpoint/OP/mes-shift-manager", "https://sso.plant.example:9443/oidc/endpoint/OP"));
    }

    @Test
    void aGroupPathKeepsItsSlashesWhenTheRealmIsKnown() {
        assertEquals("plant/mes-operator", LibertyCallerGroups.groupName("group:https://idp/realms/acme/plant/mes-operator",
                "https://idp/realms/acme"));
    }

    @Test
    void anUnknownRealmLeavesTheLastSegment() {
        assertEquals("mes-viewer", LibertyCallerGroups.groupName("group:some/realm/mes-viewer", null));
        assertEquals("mes-viewer", LibertyCallerGroups.groupName("mes-viewer", null));
    }
}
