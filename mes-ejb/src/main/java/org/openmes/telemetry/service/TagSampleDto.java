package org.openmes.telemetry.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One stored sample of a tag, in engineering units: when the connector read it ({@code sampledAt}), the PLC's own
 * time ({@code sourceAt}), the value (null when BAD) and quality GOOD / BAD / UNCERTAIN with the reason.
 */
public record TagSampleDto(long tagId, OffsetDateTime sampledAt, OffsetDateTime sourceAt, BigDecimal value,
                           String quality, String reason) implements Serializable {
}
