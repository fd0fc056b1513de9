package org.openmes.oee.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, shortly after the minute turned, recomputes the recent minute records of every measured machine
 * (each in its own transaction), so that counts and minutes without any stop are recorded too. Not persistent: a
 * missed run is covered by the next one, which starts from each machine's newest record.
 */
@Singleton
public class OeeMinuteTimer {
    private static final Logger LOG = Logger.getLogger(OeeMinuteTimer.class.getName());

    @Inject
    private OeeMinutes minutes;

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        for (long equipmentId : minutes.measuredEquipment()) {
            try {
                minutes.refresh(equipmentId);
            } catch (RuntimeException e) {
                // one machine's failure (its transaction rolled back) must not keep the others stale; the next run retries
                LOG.log(Level.SEVERE, "Cannot refresh the OEE minutes of equipment " + equipmentId + "; retried in a minute", e);
            }
        }
    }
}
