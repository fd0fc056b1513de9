package org.openmes.telemetry.connector;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps what was last published per tag and lets a sample through only when its quality changed or its value
 * moved by more than the tag's deadband (any change with deadband 0). Not thread-safe: one per PLC poller, used
 * under the session's turn-taking.
 */
final class ReportByException {
    private final Map<Long, Sample> published = new HashMap<>();

    List<Sample> changed(List<Sample> samples, Map<Long, TagDefinition> tags) {
        return samples.stream().filter(sample -> {
            Sample last = published.get(sample.tagId());
            TagDefinition tag = tags.get(sample.tagId());
            boolean report = last == null || last.quality() != sample.quality()
                    || !Objects.equals(last.reason(), sample.reason())
                    || movedBeyondDeadband(last.value(), sample.value(), tag == null ? 0 : tag.deadband());
            if (report) {
                published.put(sample.tagId(), sample);
            }
            return report;
        }).toList();
    }

    /** Forgets a tag's last value, so its next sample is published whatever it is. */
    void forgetAll() {
        published.clear();
    }

    private static boolean movedBeyondDeadband(BigDecimal last, BigDecimal now, double deadband) {
        if (last == null || now == null) {
            return last != now;
        }
        BigDecimal delta = now.subtract(last).abs();
        return deadband == 0 ? delta.signum() != 0 : delta.compareTo(BigDecimal.valueOf(deadband)) > 0;
    }
}
