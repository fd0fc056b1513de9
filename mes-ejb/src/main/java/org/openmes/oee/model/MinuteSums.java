package org.openmes.oee.model;

import java.math.BigDecimal;

/**
 * The sums of one piece of equipment's minute records ({@code oee_minute}) over the minutes of a window's planned
 * busy time: seconds by time element and units counted.
 */
public record MinuteSums(double elapsed, double producing, double down, double failure, double setup, double plannedStop,
                         double minorStop, double unknown, long failures, long minorStops, BigDecimal good,
                         BigDecimal reject, BigDecimal total) {

    public static final MinuteSums NONE = new MinuteSums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    /**
     * The time elements of these minutes within planned busy time {@code pbt} (seconds): busy time without a minute
     * record is unknown, as is communication loss; {@code pruSeconds} is the ideal cycle time (null when unknown).
     * The produced quantity is the total count, or good + reject where the machine counts no total.
     */
    public TimeElements elements(double pbt, BigDecimal pruSeconds) {
        double noRecord = Math.max(pbt - elapsed, 0);
        BigDecimal produced = total.signum() > 0 ? total : good.add(reject);
        Double idealTime = pruSeconds == null ? null : pruSeconds.multiply(produced).doubleValue();
        Double idealScrapTime = pruSeconds == null ? null : pruSeconds.multiply(reject).doubleValue();
        return new TimeElements(pbt, plannedStop, unknown + noRecord, producing, down, failure, setup, minorStop, failures,
                minorStops, good, reject, produced, idealTime, idealScrapTime);
    }
}
