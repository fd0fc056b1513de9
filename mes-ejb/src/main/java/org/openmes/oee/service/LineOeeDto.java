package org.openmes.oee.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.openmes.oee.model.OeeFigures;
import org.openmes.oee.model.TimeElements;

/**
 * OEE of a production line over [from, to): the time elements and quantities of its equipment summed (so every
 * ratio is weighted by time), the indicators of that sum, and each piece of equipment's own figures.
 */
public record LineOeeDto(long lineId, String code, OffsetDateTime from, OffsetDateTime to, String productCode,
                         long potSeconds, long pbtSeconds, TimeElements elements, OeeFigures figures,
                         List<OeeDto> equipment) implements Serializable {
}
