package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Heartbeats.eventually;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;
import org.openmes.it.Heartbeats.Beat;

/**
 * PostgreSQL goes away for a minute while the demo line runs. The connector keeps polling and publishing, the
 * ingest MDB cannot store anything, and the messaging engine must keep every scan until the database is back.
 * The witness is the bagger's heartbeat ({@link Heartbeats}).
 */
class TelemetryOutageIT extends MesIntegrationTest {
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration CATCH_UP_PATIENCE = Duration.ofSeconds(60);
    /** LiveSignals' notices of its signal mapping (PeriodicRead): once when the database stops answering, once when back. */
    private static final String MAPPING_LOST = "Cannot read the signal mapping for live pages";
    private static final String MAPPING_BACK = "The database answers again: the signal mapping for live pages read";

    @Test
    void everyScanMadeWhileTheDatabaseIsDownIsStoredExactlyOnceAfterItComesBack() throws Exception {
        EmbeddedDatabase database = TestEnvironment.database();
        Instant before = Instant.now();
        assertTrue(eventually(Duration.ofSeconds(60), () -> Heartbeats.stored(before, Instant.now()).size() >= 3),
                "heartbeat samples flowing before the outage");
        // the window starts at a stored sample, so a hole at its start would show
        List<Beat> flowing = Heartbeats.stored(before, Instant.now());
        Instant windowStart = flowing.get(flowing.size() - 1).at();
        int mappingLost = LibertyServer.countInLog(MAPPING_LOST);
        int mappingBack = LibertyServer.countInLog(MAPPING_BACK);
        Instant stopped = Instant.now();
        database.stop();
        try {
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            database.restart();
        }
        Instant restarted = Instant.now();
        // the ingest offers every scan it is given to the live pages first, about once a second through the outage
        assertEquals(mappingLost + 1, LibertyServer.countInLog(MAPPING_LOST), "the live pages' mapping outage logged once");
        boolean caughtUp = eventually(CATCH_UP_PATIENCE,
                () -> Heartbeats.cover(Heartbeats.stored(windowStart, restarted), windowStart, restarted));
        Duration catchUp = Duration.between(restarted, Instant.now());
        List<Beat> outage = Heartbeats.stored(windowStart, restarted);
        assertTrue(caughtUp, "the outage's scans not all stored " + CATCH_UP_PATIENCE.toSeconds() + " s after the restart: "
                + outage.size() + " samples " + windowStart + " … " + restarted + ", holes " + Heartbeats.holes(outage));
        System.out.println("TelemetryOutageIT: ingest caught up " + catchUp.toMillis() + " ms after PostgreSQL restarted"
                + " from a " + OUTAGE.toSeconds() + " s outage");
        // a few scans after the restart, too: the first messages after the outage were the blocked ones
        Instant windowEnd = restarted.plusSeconds(5);
        assertTrue(eventually(Duration.ofSeconds(30),
                () -> Heartbeats.cover(Heartbeats.stored(windowStart, windowEnd), windowStart, windowEnd)),
                "the scans after the restart stored: holes " + Heartbeats.holes(Heartbeats.stored(windowStart, windowEnd)));

        List<Beat> stored = Heartbeats.stored(windowStart, windowEnd);
        long duringOutage = stored.stream().filter(beat -> beat.at().isAfter(stopped) && beat.at().isBefore(restarted)).count();
        assertTrue(duringOutage >= OUTAGE.toSeconds() - 2, "scans stored from the outage: " + duringOutage);
        assertEquals(List.of(), Heartbeats.holes(stored), "no scan lost");
        assertEquals(List.of(), Heartbeats.repeated(stored), "no scan stored twice");
        assertTrue(eventually(Duration.ofSeconds(30), () -> {
            Http.Response status = Http.get("api/telemetry/status");
            return status.status() == 200 && status.json().getInt("journalDepth") == 0;
        }), "the connector's journal empty and the application reading the database again");
        assertTrue(eventually(Duration.ofSeconds(30), () -> LibertyServer.countInLog(MAPPING_BACK) == mappingBack + 1),
                "the live pages' mapping read again, and that logged once");
        assertEquals(mappingLost + 1, LibertyServer.countInLog(MAPPING_LOST), "no second warning after the outage");
    }
}
