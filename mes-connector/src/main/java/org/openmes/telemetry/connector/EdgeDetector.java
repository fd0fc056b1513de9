package org.openmes.telemetry.connector;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives edge events from consecutive GOOD values of the tags mapped to equipment signals. It compares with the
 * last good value, so a fault raised during a comms loss is reported when the PLC answers again. Counters are
 * unsigned 32-bit: a value below the previous one is a roll-over when the previous one was in the upper half
 * (increment = new + 2^32 - old), otherwise a PLC reset (increment = new). After an adapter restart the first
 * read only sets the baseline: what was counted meanwhile is not attributed.
 */
final class EdgeDetector {
    private static final BigDecimal TWO_POW_32 = BigDecimal.valueOf(1L << 32);
    private static final BigDecimal TWO_POW_31 = BigDecimal.valueOf(1L << 31);

    private final Map<Long, String> signals;
    private final Map<Long, BigDecimal> lastGood = new HashMap<>();

    EdgeDetector(List<TagDefinition> tags) {
        signals = new HashMap<>();
        tags.stream().filter(tag -> tag.signal() != null).forEach(tag -> signals.put(tag.id(), tag.signal()));
    }

    synchronized List<EdgeEvent> detect(List<Sample> samples) {
        List<EdgeEvent> events = new ArrayList<>();
        for (Sample sample : samples) {
            String signal = signals.get(sample.tagId());
            if (signal == null || sample.quality() == Quality.BAD || sample.value() == null) {
                continue;
            }
            BigDecimal previous = lastGood.put(sample.tagId(), sample.value());
            if (previous == null || previous.compareTo(sample.value()) == 0) {
                continue;
            }
            switch (signal) {
                case "FAULT_WORD" -> faults(sample, previous, events);
                case "STATE", "RUNNING" -> events.add(event(sample, "STATE_CHANGED", -1, previous, null));
                case "GOOD_COUNT", "REJECT_COUNT", "TOTAL_COUNT" -> events.add(event(sample, "COUNT", -1, previous,
                        increment(previous, sample.value())));
                default -> {
                    // speed, energy, temperature: values, not events
                }
            }
        }
        return events;
    }

    static BigDecimal increment(BigDecimal previous, BigDecimal now) {
        if (now.compareTo(previous) >= 0) {
            return now.subtract(previous);
        }
        if (previous.compareTo(TWO_POW_31) >= 0) {
            return now.add(TWO_POW_32).subtract(previous); // rolled over
        }
        return now; // the PLC reset its counter: what it shows was counted since
    }

    private static void faults(Sample sample, BigDecimal previous, List<EdgeEvent> events) {
        long before = previous.longValue();
        long after = sample.value().longValue();
        long changed = before ^ after;
        for (int bit = 0; bit < 64; bit++) {
            if ((changed & (1L << bit)) != 0) {
                boolean raised = (after & (1L << bit)) != 0;
                events.add(event(sample, raised ? "FAULT_RAISED" : "FAULT_CLEARED", bit, previous, null));
            }
        }
    }

    private static EdgeEvent event(Sample sample, String kind, int bit, BigDecimal previous, BigDecimal increment) {
        return new EdgeEvent(sample.tagId(), sample.sampledAt(), kind, bit, previous, sample.value(), increment);
    }
}
