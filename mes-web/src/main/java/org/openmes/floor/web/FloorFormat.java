package org.openmes.floor.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openmes.floor.service.LineBoardDto;
import org.openmes.floor.service.LiveEquipment;
import org.openmes.platform.push.PushTopics;

/** How the live floor pages write figures, and which push topics a board listens to. */
@Named
@ApplicationScoped
public class FloorFormat {
    /** A ratio as a percentage with one decimal, or an em dash when it is undefined. */
    public String percent(Double ratio) {
        return ratio == null ? "\u2014" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** A ratio as a whole percentage for a gauge or a trend bar (0 when undefined), at most 100. */
    public long gauge(Double ratio) {
        return ratio == null ? 0 : Math.max(0, Math.min(100, Math.round(ratio * 100)));
    }

    /** A quantity without trailing zeros; an em dash when unknown. */
    public String count(BigDecimal quantity) {
        return quantity == null ? "\u2014" : quantity.stripTrailingZeros().toPlainString();
    }

    /** The push topics of the boards: their lines (jobs, andon) and their equipment (signals, stops). */
    static String topics(List<LineBoardDto> boards) {
        return boards.stream().flatMap(board -> Stream.concat(Stream.of(PushTopics.line(board.lineId())),
                board.equipment().stream().map(LiveEquipment::id).map(PushTopics::equipment))).collect(Collectors.joining(" "));
    }
}
