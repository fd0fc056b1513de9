package org.openmes.oee.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Once a minute, shortly after the minute turned, recomputes the recent minute records of every measured machine
 * (each in its own transaction), so that counts and minutes without any stop are recorded too. Not persistent: a
 * missed run is covered by the next one, which starts from each machine's newest record.
 */
@Singleton
public class OeeMinuteTimer {

    @Inject
    private OeeMinutes minutes;

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        for (long equipmentId : minutes.measuredEquipment()) {
            minutes.refresh(equipmentId);
        }
    }
}
