package org.openmes.downtime.tracking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.openmes.telemetry.events.EdgeEvent;

/**
 * Lets the tracker catch up with a machine as soon as the ingest committed one of its edge events. Counts are left to
 * OEE. Runs after the ingest's transaction committed; the tracker works in its own.
 */
@ApplicationScoped
public class EdgeEventObserver {

    @EJB
    private DowntimeTracker tracker;

    void onEdgeEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) EdgeEvent event) {
        if (event.kind() != EdgeEvent.Kind.COUNT) {
            tracker.catchUp(event.equipmentId());
        }
    }
}
