package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanJournalTest {
    @TempDir
    Path dir;

    @Test
    void keepsMessagesAcrossARestartAndForwardsThemInOrder() {
        ScanJournal journal = new ScanJournal(dir.resolve("scans.journal"), 10_000);
        journal.append("one");
        journal.append("two");
        journal.append("three");

        ScanJournal reopened = new ScanJournal(dir.resolve("scans.journal"), 10_000);
        List<String> sent = new ArrayList<>();
        assertEquals(3, reopened.forward(sent::add));
        assertEquals(List.of("one", "two", "three"), sent);
        assertTrue(new ScanJournal(dir.resolve("scans.journal"), 10_000).isEmpty());
    }

    @Test
    void stopsForwardingAtTheFirstRefusalAndKeepsTheRest() {
        ScanJournal journal = new ScanJournal(dir.resolve("scans.journal"), 10_000);
        journal.append("one");
        journal.append("two");
        assertEquals(1, journal.forward(message -> message.equals("one")));
        assertEquals(1, journal.depth());
        assertEquals(1, new ScanJournal(dir.resolve("scans.journal"), 10_000).depth());
    }

    @Test
    void refusesWhatWouldExceedItsBound() {
        ScanJournal journal = new ScanJournal(dir.resolve("scans.journal"), 10);
        assertTrue(journal.append("12345678"));
        assertFalse(journal.append("x"));
        assertEquals(1, journal.depth());
    }
}
