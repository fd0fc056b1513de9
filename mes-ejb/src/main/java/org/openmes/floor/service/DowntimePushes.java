package org.openmes.floor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.openmes.downtime.events.DowntimeChanged;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushTopics;

/**
 * Tells live pages that an equipment's stops changed (entered, ended, split, merged, given a reason), once the change
 * commits. Observed in the changing transaction, so a rolled-back change announces nothing.
 */
@ApplicationScoped
public class DowntimePushes {
    @Inject
    private PushBus push;

    void onDowntimeChanged(@Observes DowntimeChanged change) {
        push.publishAfterCommit(PushTopics.equipment(change.equipmentId()));
    }
}
