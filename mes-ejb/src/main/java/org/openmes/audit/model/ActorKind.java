package org.openmes.audit.model;

/** The kind of actor behind a change, so that a search can tell people from machines. */
public enum ActorKind {
    /** A person signed in with a user account. */
    USER,
    /** A shop-floor operator identified at a kiosk (the entry names the kiosk). */
    OPERATOR,
    /** The MES itself: start-up, timers, batch jobs, work without a caller. */
    SYSTEM,
    /** A technical account of another system: the ERP, a PLC gateway. */
    SERVICE
}
