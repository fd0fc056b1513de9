package org.openmes.kiosk.model;

/** The answer to a badge-and-PIN attempt. */
public enum PinCheck {
    /** Right PIN: the failure count starts again. */
    ACCEPTED,
    /** Wrong PIN; the badge is not locked (yet). */
    WRONG_PIN,
    /** The badge is locked: by this wrong PIN, or still from earlier ones. The PIN was not even checked. */
    LOCKED,
    /** The badge was withdrawn. */
    INACTIVE
}
