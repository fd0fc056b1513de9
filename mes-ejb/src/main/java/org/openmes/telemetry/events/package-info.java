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
 * Consumers outside the application read the same events from the JMS topic {@code jms/telemetryEdgeEvents}, at
 * least once ({@link org.openmes.telemetry.ingest.EdgeEventTopic}; docs/api.md).
 * <p>
 * <b>What a fault means</b>: a FAULT_RAISED / FAULT_CLEARED event carries only the equipment and the bit. Its meaning
 * (code, text, severity, {@link org.openmes.common.shopfloor.DowntimeCategory downtime category},
 * {@link org.openmes.common.shopfloor.AndonPriority andon priority}) comes from the fault catalog through the
 * injectable {@link org.openmes.telemetry.events.FaultCatalog}: {@code faultCatalog.faultOf(event)} or
 * {@code lookup(equipmentId, bit)}, an {@link org.openmes.telemetry.events.FaultDefinition}, empty for a bit the
 * catalog does not know (treat it as an unplanned stop of unknown cause). It needs no caller, so observers may use
 * it, and reads the catalog as it is at the time of the call. Chosen over a field on the event so that the ingest's
 * hot path reads nothing it does not store, and a catalog fixed after the fact applies to events reconciled later.
 */
package org.openmes.telemetry.events;
