package org.openmes.floor.service;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openmes.floor.model.EquipmentState;

/**
 * A line as the line dashboard, a plant overview tile and the kiosk show it: its worst equipment state, the running
 * shift (null when none runs), the running job (or null), its equipment, its unresolved andon calls (oldest first)
 * and, on the line dashboard only, the hourly OEE of the shift.
 */
public record LineBoardDto(long lineId, String code, String name, EquipmentState state, LiveShift shift, LiveJob job,
                           List<LiveEquipment> equipment, List<LiveAndon> andons, List<TrendPoint> trend) implements Serializable {

    /** The open stops of the line's equipment, oldest first. */
    public List<LiveStop> stops() {
        return equipment.stream().map(LiveEquipment::stop).filter(Objects::nonNull)
                .sorted(Comparator.comparing(LiveStop::startedAt)).toList();
    }
}
