package org.openmes.andon.model;

/**
 * Where a notification stands: PENDING until the first attempt, SENT once delivered (never sent again), FAILED when the
 * last attempt failed (retried while attempts remain; failed at once when there is nobody or no address to send to).
 */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
