package org.openmes.oee.model;

import java.math.MathContext;

/**
 * The ISO 22400-2 indicators of a {@link TimeElements}; a ratio is null where its denominator is zero (or, for the
 * effectiveness and what depends on it, where no ideal cycle time is known). Formulas: docs/oee.md.
 *
 * @param availability          APT / (PBT − planned stops − unknown)
 * @param effectiveness         PRU × PQ / APT
 * @param qualityRatio          GQ / PQ
 * @param oee                   availability × effectiveness × quality ratio
 * @param utilisationEfficiency APT / AUBT, AUBT = APT + ASUT + ADET
 * @param nee                   utilisation efficiency × effectiveness × quality ratio
 * @param technicalEfficiency   APT / (APT + ADET)
 * @param setupRate             ASUT / AUPT, AUPT = APT + ASUT
 * @param scrapRatio            SQ / PQ
 * @param mtbf                  mean operating time between failures, seconds: APT / FE
 * @param mttr                  mean time to repair, seconds: failure down time / FE
 * @param losses                the six big losses, seconds
 */
public record OeeFigures(Double availability, Double effectiveness, Double qualityRatio, Double oee,
                         Double utilisationEfficiency, Double nee, Double technicalEfficiency, Double setupRate,
                         Double scrapRatio, Double mtbf, Double mttr, SixBigLosses losses) {

    /**
     * The six big losses in seconds. Start-up and production rejects are one figure ({@code rejects}): the MES cannot
     * tell them apart until quality records say which units were start-up scrap.
     *
     * @param breakdowns   failure down time
     * @param setups       set-up and adjustment time (ASUT)
     * @param smallStops   minor stops (ADET) and non-failure stops such as starved, blocked or quality holds
     * @param reducedSpeed APT − PRU × PQ (null without an ideal cycle time)
     * @param rejects      PRU × SQ (null without an ideal cycle time)
     */
    public record SixBigLosses(double breakdowns, double setups, double smallStops, Double reducedSpeed, Double rejects) {
    }

    public static OeeFigures of(TimeElements t) {
        Double availability = ratio(t.apt(), t.knownBusyTime());
        Double effectiveness = t.idealTime() == null ? null : ratio(t.idealTime(), t.apt());
        Double quality = t.pq().signum() == 0 ? null : t.gq().divide(t.pq(), MathContext.DECIMAL64).doubleValue();
        Double utilisation = ratio(t.apt(), t.apt() + t.asut() + t.adet());
        Double scrap = t.pq().signum() == 0 ? null : t.sq().divide(t.pq(), MathContext.DECIMAL64).doubleValue();
        SixBigLosses losses = new SixBigLosses(t.failureTime(), t.asut(), t.adet() + t.adot() - t.failureTime(),
                t.idealTime() == null ? null : t.apt() - t.idealTime(),
                t.idealScrapTime());
        return new OeeFigures(availability, effectiveness, quality, product(availability, effectiveness, quality), utilisation,
                product(utilisation, effectiveness, quality), ratio(t.apt(), t.apt() + t.adet()),
                ratio(t.asut(), t.apt() + t.asut()), scrap, t.failures() == 0 ? null : t.apt() / t.failures(),
                t.failures() == 0 ? null : t.failureTime() / t.failures(), losses);
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator <= 0 ? null : numerator / denominator;
    }

    private static Double product(Double a, Double b, Double c) {
        return a == null || b == null || c == null ? null : a * b * c;
    }
}
