package org.openmes.shift.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A shift pattern; {@code weekdays} are ISO numbers (1 = Monday … 7 = Sunday). */
public record ShiftPatternDto(Long id, Long lineId, String code, String name, LocalTime startTime, Integer durationMinutes,
                              List<Integer> weekdays, LocalDate validFrom, LocalDate validTo, List<BreakDto> breaks,
                              Long version) implements Serializable {

    /** A break {@code offsetMinutes} after the shift's start. */
    public record BreakDto(String name, Integer offsetMinutes, Integer durationMinutes) implements Serializable {
    }
}
