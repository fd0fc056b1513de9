package org.openmes.downtime.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The downtime events of a production line's equipment in a window, and the code of every node of the line by id (the
 * equipment an event belongs to among them).
 */
public record LineDowntimeDto(long lineId, Map<Long, String> nodeCodes, List<DowntimeEventDto> events) implements Serializable {
}
