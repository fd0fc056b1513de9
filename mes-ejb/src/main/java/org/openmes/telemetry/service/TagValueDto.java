package org.openmes.telemetry.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A tag's value as the PLC answered an on-demand read (or the value just written), in engineering units; null with
 * quality BAD and the reason when the PLC could not be read.
 */
public record TagValueDto(String plcCode, String tag, BigDecimal value, String unit, String quality, String reason,
                          OffsetDateTime at) {
}
