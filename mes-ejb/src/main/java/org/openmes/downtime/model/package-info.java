/**
 * Downtime: the reason tree, downtime events with their rules (close, minor stop, reason, split, merge), and
 * {@link org.openmes.downtime.model.StopDetector}, the state machine that turns a machine's telemetry edge events into
 * stops. Communication loss is never a stop: it ends the stop under way, and its time is unknown.
 */
package org.openmes.downtime.model;
