package org.openmes.andon.service;

import java.time.Instant;
import org.openmes.andon.model.AndonCallEvent;
import org.openmes.andon.model.AndonEventKind;

/** One step of a call's history. */
public record AndonEventDto(long id, AndonEventKind kind, Instant occurredAt, String actor, int level, String recipients, String note) {

    static AndonEventDto of(AndonCallEvent event) {
        return new AndonEventDto(event.getId(), event.getKind(), event.getOccurredAt(), event.getActor(), event.getLevel(),
                event.getRecipients(), event.getNote());
    }
}
