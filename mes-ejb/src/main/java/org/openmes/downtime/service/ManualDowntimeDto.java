package org.openmes.downtime.service;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A stop entered by hand; {@code endedAt} null while it lasts. */
public record ManualDowntimeDto(Long equipmentId, OffsetDateTime startedAt, OffsetDateTime endedAt, Long reasonId,
                                String comment) implements Serializable {
}
