package org.openmes.orders.service;

import java.time.LocalDate;
import org.openmes.orders.model.MoStatus;

/** Filter of the manufacturing order list: status, priority, due on or before a date, text in the number. */
public record MoFilter(MoStatus status, Integer priority, LocalDate dueBy, String text) {
}
