package org.openmes.downtime.events;

import java.time.Instant;

/**
 * The stops of {@code equipmentId} in [from, to) changed (a stop ended, was entered, split, merged, or got another
 * reason); fired synchronously in the changing transaction. {@code to} is null for a stop still under way.
 */
public record DowntimeChanged(long equipmentId, Instant from, Instant to) {
}
