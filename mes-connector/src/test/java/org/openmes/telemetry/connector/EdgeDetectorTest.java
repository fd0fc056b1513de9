package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeDetectorTest {
    private static final TagDefinition STATE = new TagDefinition(1, "state", "a", "INT", 1, 0, 0, "fast", "STATE");
    private static final TagDefinition GOOD = new TagDefinition(2, "good", "b", "LONG", 1, 0, 0, "fast", "GOOD_COUNT");
    private final EdgeDetector detector = new EdgeDetector(List.of(STATE, GOOD));

    @Test
    void aCounterGoingUpGivesItsIncrement() {
        assertEquals(new BigDecimal(5), EdgeDetector.increment(new BigDecimal(10), new BigDecimal(15)));
    }

    @Test
    void aCounterRollingOverAtThirtyTwoBitsCountsAcrossTheWrap() {
        assertEquals(new BigDecimal(4), EdgeDetector.increment(new BigDecimal(4294967294L), new BigDecimal(2)));
    }

    @Test
    void aCounterResetByThePlcCountsWhatItShowsSince() {
        assertEquals(new BigDecimal(3), EdgeDetector.increment(new BigDecimal(1000), new BigDecimal(3)));
    }

    @Test
    void aStateChangeAfterACommsLossIsReportedAgainstTheLastGoodValue() {
        detector.detect(List.of(sample(STATE, 6, Quality.GOOD)));
        assertEquals(List.of(), detector.detect(List.of(sample(STATE, 0, Quality.BAD))));
        List<EdgeEvent> events = detector.detect(List.of(sample(STATE, 11, Quality.GOOD)));
        assertEquals(1, events.size());
        assertEquals("STATE_CHANGED", events.get(0).kind());
        assertEquals(new BigDecimal(6), events.get(0).oldValue());
    }

    @Test
    void theFirstReadOnlySetsTheBaseline() {
        assertEquals(List.of(), detector.detect(List.of(sample(GOOD, 100, Quality.GOOD))));
    }

    private static Sample sample(TagDefinition tag, long value, Quality quality) {
        Instant now = Instant.now();
        return new Sample(tag.id(), now, now, quality == Quality.BAD ? null : BigDecimal.valueOf(value), quality,
                quality == Quality.BAD ? "cut" : null);
    }
}
