package org.openmes.kiosk.service;

import java.time.OffsetDateTime;

/** An operator badge as adapters see it: never the PIN or its hash. */
public record OperatorBadgeDto(Long id, String badgeNumber, String principalName, String displayName, OffsetDateTime lockedUntil,
        boolean active) {
}
