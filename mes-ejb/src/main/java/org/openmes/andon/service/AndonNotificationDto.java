package org.openmes.andon.service;

import java.time.Instant;
import org.openmes.andon.model.AndonNotification;
import org.openmes.andon.model.NotificationChannel;
import org.openmes.andon.model.NotificationStatus;

/** One message about a call: to whom at which level, by which channel and address, and how its delivery went. */
public record AndonNotificationDto(long id, int level, String recipient, NotificationChannel channel, String address,
                                   NotificationStatus status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
                                   Instant sentAt) {

    static AndonNotificationDto of(AndonNotification notification) {
        return new AndonNotificationDto(notification.getId(), notification.getLevel(), notification.getRecipient(), notification.getChannel(),
                notification.getAddress(), notification.getStatus(), notification.getAttempts(), notification.getLastError(),
                notification.getCreatedAt(), notification.getNextAttemptAt(), notification.getSentAt());
    }
}
