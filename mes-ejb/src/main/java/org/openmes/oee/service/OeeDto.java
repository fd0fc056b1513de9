package org.openmes.oee.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.openmes.oee.model.OeeFigures;
import org.openmes.oee.model.TimeElements;

/**
 * OEE of one piece of equipment over [from, to) (to clipped to now): the ideal cycle time used (seconds per unit, null
 * when unknown), the time elements and quantities, and the indicators.
 */
public record OeeDto(long equipmentId, String code, OffsetDateTime from, OffsetDateTime to, String productCode,
                     BigDecimal pruSeconds, TimeElements elements, OeeFigures figures) implements Serializable {
}
