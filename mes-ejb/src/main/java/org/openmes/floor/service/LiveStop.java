package org.openmes.floor.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * A stop as live pages show it: since when (a page ticks its timer from {@code startedAt}), its category, its reason
 * (null while unexplained), the fault the PLC named, the version a reason is assigned against, and whether a person
 * entered it (then the machine is down whatever its signals say, and live pages keep it so).
 */
public record LiveStop(long id, long equipmentId, String equipmentCode, Instant startedAt, Instant endedAt, String category,
                       String reasonName, String faultText, long version, boolean manual) implements Serializable {
}
