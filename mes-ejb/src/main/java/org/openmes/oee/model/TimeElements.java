package org.openmes.oee.model;

import java.math.BigDecimal;

/**
 * The ISO 22400 time elements (seconds) and quantities of one piece of equipment, or of several summed, over the
 * planned busy time of a window.
 *
 * @param pbt          planned busy time of the calendar (POT minus breaks, meetings, planned maintenance)
 * @param plannedStops stops with a reason of category PLANNED that the calendar did not foresee: planned down time too
 * @param unknown      time whose machine state is unknown: communication loss, or no record
 * @param apt          actual production time: producing
 * @param adot         actual unit down time: stops at least as long as the minor-stop threshold, set-ups excepted
 * @param failureTime  the part of {@code adot} in failure stops (UNPLANNED, MAINTENANCE, UNASSIGNED)
 * @param asut         actual unit set-up time: CHANGEOVER stops
 * @param adet         actual unit delay time: minor stops
 * @param failures     failure events (FE) that began in the window
 * @param minorStops   minor stops that began in the window
 * @param gq           good quantity
 * @param sq           scrap quantity (rejects)
 * @param pq           produced quantity
 * @param idealTime    PRU × PQ: what the produced quantity needs at the ideal cycle time (PRU, planned run time
 *                     per unit); null when no ideal cycle time is known
 * @param idealScrapTime PRU × SQ: what the scrap took at the ideal cycle time; null like {@code idealTime}
 */
public record TimeElements(double pbt, double plannedStops, double unknown, double apt, double adot, double failureTime,
                           double asut, double adet, long failures, long minorStops, BigDecimal gq, BigDecimal sq,
                           BigDecimal pq, Double idealTime, Double idealScrapTime) {

    public static final TimeElements NONE = new TimeElements(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, null, null);

    /** The planned busy time whose machine state is known: PBT − planned stops − unknown. */
    public double knownBusyTime() {
        return Math.max(pbt - plannedStops - unknown, 0);
    }

    /** Both summed, as for a line; the ideal time is summed where known and stays null only when neither knows it. */
    public TimeElements plus(TimeElements other) {
        Double ideal = sum(idealTime, other.idealTime);
        return new TimeElements(pbt + other.pbt, plannedStops + other.plannedStops, unknown + other.unknown, apt + other.apt,
                adot + other.adot, failureTime + other.failureTime, asut + other.asut, adet + other.adet,
                failures + other.failures, minorStops + other.minorStops, gq.add(other.gq), sq.add(other.sq), pq.add(other.pq), ideal,
                sum(idealScrapTime, other.idealScrapTime));
    }

    private static Double sum(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(a + b);
    }
}
