package org.openmes.downtime.tracking;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds (and so soon after every start) the tracker catches up with every tracked machine from
 * {@code telemetry_edge_event}: what a lost CDI event (a crash between the ingest's commit and the message's
 * acknowledgement) or a stop of the server left unapplied is applied then. Not persistent: a missed run is simply the
 * next run's work.
 */
@Singleton
public class DowntimeReconciliation {
    private static final Logger LOG = Logger.getLogger(DowntimeReconciliation.class.getName());

    @EJB
    private DowntimeTracker tracker;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reconcile() {
        for (long equipmentId : tracker.trackedEquipment()) {
            try {
                tracker.catchUp(equipmentId);
            } catch (RuntimeException e) {
                // one machine's failure (its transaction rolled back) must not keep the others behind; the next run retries
                LOG.log(Level.SEVERE, "Cannot apply the edge events of equipment " + equipmentId + "; retried in 15 s", e);
            }
        }
    }
}
