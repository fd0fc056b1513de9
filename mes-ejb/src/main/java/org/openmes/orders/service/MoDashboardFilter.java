package org.openmes.orders.service;

import java.time.LocalDate;

/**
 * Which manufacturing orders the MO status dashboard counts: due from / to (inclusive, either open), one priority, and
 * a plant node — a work center, or a department (area), line or site: the orders with an operation at a work center at
 * or below it, and only those work centers among the bottlenecks. Null means no restriction.
 */
public record MoDashboardFilter(LocalDate dueFrom, LocalDate dueTo, Integer priority, Long plantNodeId) {
}
