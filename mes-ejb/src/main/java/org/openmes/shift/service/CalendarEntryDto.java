package org.openmes.shift.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.openmes.shift.model.CalendarKind;

/** A plant calendar entry of a production line, or of a site or area for all its lines. */
public record CalendarEntryDto(Long id, Long nodeId, CalendarKind kind, String description, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, Long version) implements Serializable {
}
