/**
 * Downtime's domain events for other contexts: {@link org.openmes.downtime.events.DowntimeChanged}, fired inside the
 * transaction that changed a stop, so that OEE recomputes the minutes it covers in the same transaction.
 */
package org.openmes.downtime.events;
