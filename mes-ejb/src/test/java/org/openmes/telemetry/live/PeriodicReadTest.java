package org.openmes.telemetry.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmes.platform.outage.RecordedLog;

class PeriodicReadTest {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RecordedLog log = new RecordedLog("PeriodicReadTest");
    private boolean databaseUp = true;
    private int reads;
    private final PeriodicRead<String> mapping = new PeriodicRead<>("the mapping", () -> {
        reads++;
        if (!databaseUp) {
            throw new SQLException("Connection refused");
        }
        return "mapping " + reads;
    }, Duration.ofSeconds(10), clock, log.logger());

    @AfterEach
    void detach() {
        log.detach();
    }

    @Test
    void readsAtMostOncePerInterval() {
        assertEquals("mapping 1", mapping.get());
        now = now.plusSeconds(9);
        assertEquals("mapping 1", mapping.get());
        now = now.plusSeconds(1);
        assertEquals("mapping 2", mapping.get());
        assertEquals(2, reads);
    }

    @Test
    void anOutageKeepsTheLastValueRetriesOncePerIntervalAndLogsOnceEachWay() {
        mapping.get();
        databaseUp = false;
        now = now.plusSeconds(10);
        for (int message = 0; message < 1000; message++) {
            assertEquals("mapping 1", mapping.get(), "the last mapping serves meanwhile");
            now = now.plusMillis(60);
        }
        // 60 s of messages: one attempt when due, then one every 10 s
        assertEquals(1 + 6, reads);
        assertEquals(1, count(Level.WARNING), "one warning per outage");
        databaseUp = true;
        now = now.plusSeconds(10);
        assertEquals("mapping 8", mapping.get());
        assertEquals(1, count(Level.INFO), "one notice when it answers again");
        databaseUp = false;
        now = now.plusSeconds(10);
        mapping.get();
        assertEquals(2, count(Level.WARNING), "a second outage is logged again");
    }

    @Test
    void nothingReadYetIsNullUntilTheDatabaseAnswers() {
        databaseUp = false;
        assertNull(mapping.get());
        assertNull(mapping.get());
        assertEquals(1, reads);
        databaseUp = true;
        now = now.plusSeconds(10);
        assertEquals("mapping 2", mapping.get());
    }

    private long count(Level level) {
        return log.messages(level).size();
    }
}
