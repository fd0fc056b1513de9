/**
 * Andon notifications: when a call is raised or moves up a level, the level's recipients are resolved to people
 * (roles through the MES's role assignments, shifts through the shift assignments of the call's line) and one message
 * per person and channel (e-mail through the server's Jakarta Mail session, SMS through an HTTP gateway) is written to
 * the outbox in the step's transaction; a sender delivers them after the commit and retries failures. System work
 * without a caller: none of these beans is a guarded service.
 */
package org.openmes.andon.notify;
