package org.openmes.security.model;

import java.util.Optional;
import java.util.Set;

/**
 * Who the current work is done for, as authentication established it: the principal's name, the kind of
 * caller, the groups the identity provider (or the token) gave it, and the kiosk an operator works at.
 */
public record CallerIdentity(String name, CallerKind kind, Set<String> groups, String kioskId) {
    public static final String SYSTEM_NAME = "system";
    public static final int MAX_NAME_LENGTH = 120;

    public CallerIdentity {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a caller needs a name of 1 to " + MAX_NAME_LENGTH + " characters: " + name);
        }
        if (kind == null) {
            throw new IllegalArgumentException("a caller needs a kind");
        }
        if ((kind == CallerKind.KIOSK_OPERATOR) != (kioskId != null)) {
            throw new IllegalArgumentException("an operator, and only an operator, works at a kiosk: " + kind + " " + kioskId);
        }
        groups = Set.copyOf(groups == null ? Set.of() : groups);
    }

    /** The MES itself. */
    public static CallerIdentity system() {
        return new CallerIdentity(SYSTEM_NAME, CallerKind.SYSTEM, Set.of(), null);
    }

    public boolean isSystem() {
        return kind == CallerKind.SYSTEM;
    }

    public Optional<String> kiosk() {
        return Optional.ofNullable(kioskId);
    }
}
