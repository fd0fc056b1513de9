package org.openmes.telemetry.connector;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value of one tag. {@code sampledAt} is the adapter's clock when the scan started (the server timestamp, the
 * same for every sample of a scan); {@code sourceAt} the time the PLC answered (PLC4X's Modbus and S7 drivers give
 * no device timestamp). {@code value} is in engineering units (scale and offset applied), null when BAD.
 */
public record Sample(long tagId, Instant sampledAt, Instant sourceAt, BigDecimal value, Quality quality, String reason) {
}
