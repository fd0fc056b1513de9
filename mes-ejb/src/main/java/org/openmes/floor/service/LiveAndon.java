package org.openmes.floor.service;

import java.io.Serializable;
import java.time.Instant;

/** An unresolved andon call of a line. */
public record LiveAndon(long id, String kind, String priority, String status, int escalationLevel, Instant raisedAt,
                        String description) implements Serializable {
}
