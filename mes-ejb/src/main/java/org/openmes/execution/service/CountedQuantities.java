package org.openmes.execution.service;

import java.math.BigDecimal;

/**
 * What the PLC counted on a job's line while it ran: the increments of GOOD_COUNT and REJECT_COUNT of the one
 * piece of equipment of the line that has GOOD_COUNT mapped ({@code equipmentId}; REJECT_COUNT is 0 where it has none
 * mapped). {@code available} is false when no equipment, or more than one, of the line counts good parts, since the
 * line's output is then unknown; the quantities are then null.
 */
public record CountedQuantities(boolean available, Long equipmentId, BigDecimal good, BigDecimal scrap) {
    static final CountedQuantities NONE = new CountedQuantities(false, null, null, null);
}
