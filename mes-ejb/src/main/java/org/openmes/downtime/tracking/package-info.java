/**
 * Automatic downtime: the system's own work, without a caller, hence not a guarded service. The ingest's
 * {@link org.openmes.telemetry.events.EdgeEvent}s (observed after their commit) make
 * {@link org.openmes.downtime.tracking.DowntimeTracker} read the equipment's new edge events from
 * {@code telemetry_edge_event} after its watermark and apply them with the
 * {@link org.openmes.downtime.model.StopDetector}; a timer does the same for every tracked machine, which reconciles
 * what a lost CDI event would have missed. Reading the durable table after a watermark under a row lock makes
 * redelivered or duplicate events harmless: each instant is applied once.
 */
package org.openmes.downtime.tracking;
