package org.openmes.floor.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * A stop as live pages show it: since when (a page ticks its timer from {@code startedAt}), its category, its reason
 * (null while unexplained), the fault the PLC named, and the version a reason is assigned against.
 */
public record LiveStop(long id, long equipmentId, String equipmentCode, Instant startedAt, Instant endedAt, String category,
                       String reasonName, String faultText, long version) implements Serializable {
}
