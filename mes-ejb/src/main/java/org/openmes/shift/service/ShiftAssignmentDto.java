package org.openmes.shift.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A person (user name) on the shift of a pattern on a date. */
public record ShiftAssignmentDto(Long id, Long patternId, LocalDate shiftDate, String person) implements Serializable {
}
