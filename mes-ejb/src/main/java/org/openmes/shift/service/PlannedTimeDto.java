package org.openmes.shift.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The ISO 22400 planned times of a line in [from, to), in seconds: planned operation time (POT), planned down time
 * (PDOT: breaks, meetings, planned maintenance) and planned busy time (PBT = POT − PDOT); and the shifts overlapping
 * the window with their target and people.
 */
public record PlannedTimeDto(long lineId, OffsetDateTime from, OffsetDateTime to, long potSeconds, long pdotSeconds,
                             long pbtSeconds, List<ShiftDto> shifts) implements Serializable {

    /** One shift: pattern, day, span, the target that applies to it (null when none) and who works it. */
    public record ShiftDto(long patternId, String code, LocalDate day, OffsetDateTime start, OffsetDateTime end,
                           long breakSeconds, BigDecimal target, List<String> people) implements Serializable {
    }
}
