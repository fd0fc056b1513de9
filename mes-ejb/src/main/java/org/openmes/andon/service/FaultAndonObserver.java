package org.openmes.andon.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.events.FaultCatalog;

/**
 * Listens to telemetry's edge events for raised fault bits the fault catalog knows and has {@link SystemAndons} open
 * their calls. A cleared bit leaves the call to the people (the machine may run again before anyone looked at it).
 * Runs after the ingest's transaction committed (see {@code org.openmes.telemetry.events}); events are delivered at
 * most once, so a fault whose event was lost gets no call.
 */
@ApplicationScoped
public class FaultAndonObserver {
    @Inject
    private FaultCatalog catalog;

    @Inject
    private SystemAndons systemAndons;

    void onEdge(@Observes(during = TransactionPhase.AFTER_SUCCESS) EdgeEvent event) {
        if (event.kind() == EdgeEvent.Kind.FAULT_RAISED) {
            catalog.faultOf(event).ifPresent(fault -> systemAndons.raiseForFault(fault, event));
        }
    }
}
