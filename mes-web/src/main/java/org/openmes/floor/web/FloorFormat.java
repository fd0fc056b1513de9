package org.openmes.floor.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openmes.floor.model.FigureFormat;
import org.openmes.floor.service.LineBoardDto;
import org.openmes.floor.service.LiveEquipment;
import org.openmes.platform.push.PushTopics;

/** How the live floor pages write figures, and which push topics a board listens to. */
@Named
@ApplicationScoped
public class FloorFormat {
    /** A ratio as a percentage with one decimal, or an em dash when it is undefined ({@link FigureFormat#percent}). */
    public String percent(Double ratio) {
        return FigureFormat.percent(ratio);
    }

    /** A ratio as a whole percentage for a gauge or a trend bar (0 when undefined), at most 100. */
    public long gauge(Double ratio) {
        return FigureFormat.gauge(ratio);
    }

    /** A quantity without trailing zeros; an em dash when unknown. */
    public String count(BigDecimal quantity) {
        return FigureFormat.count(quantity);
    }

    /**
     * A line's equipment for push.js's {@code data-mes-live-line}: "id=STATE" each, "!" after the state of a machine a
     * person stopped by hand (its live signals do not change that), so the page shows the line's worst state live.
     */
    public String liveLine(LineBoardDto board) {
        return board.equipment().stream().map(machine -> machine.id() + "=" + machine.state() + (held(machine) ? "!" : ""))
                .collect(Collectors.joining(" "));
    }

    /** Whether a machine is down by a stop entered by hand, which its live signals do not lift (push.js's data-mes-live-hold). */
    public boolean held(LiveEquipment machine) {
        return machine.stop() != null && machine.stop().manual();
    }

    /**
     * The push topics of the boards: their lines (jobs, andon; counts and OEE as live messages) and their equipment
     * (stops, events; live states).
     */
    static String topics(List<LineBoardDto> boards) {
        return boards.stream().flatMap(board -> Stream.concat(Stream.of(PushTopics.line(board.lineId())),
                board.equipment().stream().map(LiveEquipment::id).map(PushTopics::equipment))).collect(Collectors.joining(" "));
    }
}
