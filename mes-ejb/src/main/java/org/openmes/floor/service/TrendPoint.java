package org.openmes.floor.service;

import java.io.Serializable;
import java.time.Instant;

/** The line's OEE in one hour of the running shift (the last one so far); null when undefined. */
public record TrendPoint(Instant hour, Double oee) implements Serializable {
}
