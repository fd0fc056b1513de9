package org.openmes.it;

import java.util.List;
import java.util.Locale;

/**
 * The demo identities of the tests: one user per role, named after it ({@code shift-manager}), and the ERP's
 * technical account {@code erp}, whose role comes from a role assignment of the demo data.
 */
final class Identities {
    /** Every demo caller, users first. */
    static final List<String> DEMO_CALLERS = List.of("admin", "production-manager", "shift-manager", "planner",
            "engineer", "maintenance", "quality", "operator", "viewer", "erp");

    private Identities() {
    }

    /** A bearer token of {@code demoUser}, issued by the test's identity provider. */
    public static String bearerToken(String demoUser) {
        throw new UnsupportedOperationException("wired in main by the SSO work");
    }

    /** The role a demo caller holds: its name in upper case, and ERP_SYSTEM for the ERP's account. */
    static String roleOf(String demoCaller) {
        return "erp".equals(demoCaller) ? "ERP_SYSTEM" : demoCaller.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
