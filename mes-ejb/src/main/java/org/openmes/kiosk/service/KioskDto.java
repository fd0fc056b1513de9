package org.openmes.kiosk.service;

import java.time.OffsetDateTime;

/** A kiosk as adapters see it; {@code plantNodeId} is the line or work center it stands at. */
public record KioskDto(Long id, String code, String name, Long plantNodeId, boolean enrolled, OffsetDateTime enrolledAt, boolean active) {
}
