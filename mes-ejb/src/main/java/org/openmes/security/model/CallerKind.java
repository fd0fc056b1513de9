package org.openmes.security.model;

/** What kind of caller the work is done for. */
public enum CallerKind {
    /** A person signed in with a corporate account (SSO). */
    USER,
    /** A shop-floor operator signed in at a kiosk with badge and PIN. */
    KIOSK_OPERATOR,
    /** A technical account of another system (the ERP). */
    SERVICE,
    /** The MES itself: start-up, timers, batch jobs; it is not checked against permissions. */
    SYSTEM
}
