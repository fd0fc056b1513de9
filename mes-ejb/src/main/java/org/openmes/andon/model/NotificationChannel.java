package org.openmes.andon.model;

/** How a notification reaches a person: an e-mail, or a text message through the SMS gateway. */
public enum NotificationChannel {
    EMAIL, SMS
}
