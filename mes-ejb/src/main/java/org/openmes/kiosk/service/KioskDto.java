package org.openmes.kiosk.service;

import java.time.OffsetDateTime;
import org.openmes.kiosk.model.Kiosk;

/** A kiosk as adapters see it; {@code plantNodeId} is the line or work center it stands at. */
public record KioskDto(Long id, String code, String name, Long plantNodeId, boolean enrolled, OffsetDateTime enrolledAt, boolean active) {

    static KioskDto of(Kiosk kiosk) {
        return new KioskDto(kiosk.getId(), kiosk.getCode(), kiosk.getName(), kiosk.getPlantNodeId(), kiosk.isEnrolled(),
                kiosk.getEnrolledAt(), kiosk.isActive());
    }
}
