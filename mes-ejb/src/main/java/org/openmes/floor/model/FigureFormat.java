package org.openmes.floor.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the live floor writes its figures, the same on a rendered page (the web module's FloorFormat) and in the live
 * messages that update it without a request ({@code org.openmes.floor.service.LiveFigures}).
 */
public final class FigureFormat {
    private FigureFormat() {
    }

    /** A ratio as a percentage with one decimal, or an em dash when it is undefined. */
    public static String percent(Double ratio) {
        return ratio == null ? "\u2014" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** A ratio as a whole percentage for a gauge or a trend bar (0 when undefined), at most 100. */
    public static long gauge(Double ratio) {
        return ratio == null ? 0 : Math.max(0, Math.min(100, Math.round(ratio * 100)));
    }

    /** A quantity without trailing zeros; an em dash when unknown. */
    public static String count(BigDecimal quantity) {
        return quantity == null ? "\u2014" : quantity.stripTrailingZeros().toPlainString();
    }
}
