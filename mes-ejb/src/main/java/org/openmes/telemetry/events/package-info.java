/**
 * Telemetry's domain events for the other contexts (downtime, OEE, andon): {@link org.openmes.telemetry.events.EdgeEvent},
 * fired as a CDI event by the ingest for every edge event it newly stored. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: the observer then runs once the scan's message has been
 * consumed for good (its JTA transaction committed), outside that transaction, so its own work needs its own
 * transaction (e.g. a {@code REQUIRES_NEW} EJB method). The rows are committed before the event fires.
 * <p>
 * Delivery is at most once: a redelivered message stores nothing new and fires nothing, and a crash after the
 * rows' commit but before the message is acknowledged loses the event, not the row. A consumer that must not miss
 * one (downtime accounting) reconciles from {@code telemetry_edge_event}, the durable record, e.g. at start-up.
 */
package org.openmes.telemetry.events;
