package org.openmes.downtime.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.openmes.downtime.model.DowntimeCategory;
import org.openmes.downtime.model.DowntimeSource;

/**
 * A downtime event (or minor stop): span ({@code endedAt} null while it lasts), where it came from, its category and
 * reason, what the PLC said (PackML state, first fault bit, the fault catalog's code and text), and whether a
 * manager's confirmation still holds for it.
 */
public record DowntimeEventDto(long id, long equipmentId, OffsetDateTime startedAt, OffsetDateTime endedAt,
                               DowntimeSource source, boolean minorStop, DowntimeCategory category, Long reasonId,
                               String reasonCode, String reasonName, Integer machineState, Integer faultBit, String faultCode,
                               String faultText, String comment, boolean confirmed, String confirmedBy, long version)
        implements Serializable {
}
