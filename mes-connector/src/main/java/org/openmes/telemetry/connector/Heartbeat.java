package org.openmes.telemetry.connector;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Detects a frozen PLC: one that still answers but whose program stopped, so its values are stale. The PLC's
 * heartbeat tag must change at least once every {@link #timeout}; past that every GOOD sample of the PLC becomes
 * UNCERTAIN with the reason. The timeout is three periods of the heartbeat's scan class, at least 3 s. Without a
 * heartbeat tag nothing is judged.
 */
final class Heartbeat {
    private static final Duration MINIMUM_TIMEOUT = Duration.ofSeconds(3);

    private final TagDefinition tag;
    private final Duration timeout;
    private BigDecimal lastValue;
    private Instant lastChange;

    Heartbeat(PlcDefinition plc) {
        this.tag = plc.heartbeatTag() == null ? null
                : plc.tags().stream().filter(candidate -> candidate.name().equals(plc.heartbeatTag())).findFirst().orElse(null);
        Duration threePeriods = tag == null ? MINIMUM_TIMEOUT
                : Duration.ofMillis(3 * plc.scanClasses().getOrDefault(tag.scanClass(), 1000L));
        this.timeout = threePeriods.compareTo(MINIMUM_TIMEOUT) > 0 ? threePeriods : MINIMUM_TIMEOUT;
    }

    synchronized List<Sample> judge(List<Sample> samples, Instant now) {
        if (tag == null) {
            return samples;
        }
        for (Sample sample : samples) {
            if (sample.tagId() != tag.id()) {
                continue;
            }
            if (sample.quality() == Quality.BAD) {
                // after a comms loss the heartbeat is judged afresh from the first good read
                lastValue = null;
                lastChange = null;
            } else if (lastValue == null || sample.value().compareTo(lastValue) != 0) {
                lastValue = sample.value();
                lastChange = now;
            }
        }
        if (lastChange == null || !now.isAfter(lastChange.plus(timeout))) {
            return samples;
        }
        String reason = "heartbeat " + tag.name() + " unchanged since " + lastChange + ": the PLC program may be stopped";
        return samples.stream().map(sample -> sample.quality() != Quality.GOOD ? sample
                : new Sample(sample.tagId(), sample.sampledAt(), sample.sourceAt(), sample.value(), Quality.UNCERTAIN, reason))
                .toList();
    }
}
