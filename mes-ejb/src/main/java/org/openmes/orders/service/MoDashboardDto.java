package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openmes.orders.model.MoStatus;

/**
 * The MO status dashboard for a {@link MoDashboardFilter}.
 *
 * @param counts how many orders are in each state (every state, zeros included, in life-cycle order)
 * @param averageCompletionHours mean hours from release to completion of the completed orders that have both times;
 *        null when there is none
 * @param completedWithTimes how many completed orders that average and the on-time figure are taken over
 * @param onTimePercent share of those completed by the end of their due date (UTC), in percent; null when there is none
 * @param delayedCount open orders (draft to in progress) more than 24 hours past the end of their due date
 * @param delayed the most late of them, most late first (at most {@value MoDashboardService#MAX_DELAYED})
 * @param bottlenecks work centers by the hours of work queued there, most first (at most
 *        {@value MoDashboardService#MAX_BOTTLENECKS})
 */
public record MoDashboardDto(List<StatusCount> counts, long total, BigDecimal averageCompletionHours,
        long completedWithTimes, BigDecimal onTimePercent, long delayedCount, List<DelayedOrder> delayed,
        List<Bottleneck> bottlenecks) implements Serializable {

    public record StatusCount(MoStatus status, long count) implements Serializable {
    }

    /** An open order past its due date: how many hours past the end of that day. */
    public record DelayedOrder(long id, String number, LocalDate dueDate, int priority, MoStatus status,
            BigDecimal hoursLate) implements Serializable {
    }

    /**
     * A work center's queue: the operations not yet completed of batches released or in progress there, and their
     * planned hours (setup plus run time for the batch).
     */
    public record Bottleneck(long workCenterId, String workCenterCode, String workCenterName, long queueLength,
            BigDecimal queueHours) implements Serializable {
    }

    /** A plant node the dashboard can be narrowed to, with its label ("Department A-1 — Assembly"). */
    public record Scope(long id, String label) implements Serializable {
    }
}
