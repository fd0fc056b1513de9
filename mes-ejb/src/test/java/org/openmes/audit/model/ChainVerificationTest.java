package org.openmes.audit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    /** Entries 10, 12, 13 as the trail appends them (ids have gaps: rolled-back appends draw ids too). */
    private static List<AuditEntry> chain() {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long id : new long[] {10, 12, 13}) {
            RecordChange change = AuditChainTest.renaming("reason " + id);
            String hash = AuditChain.hash(previous, change);
            entries.add(new AuditEntry(id, change, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static ChainVerification.Result verify(List<AuditEntry> entries) {
        ChainVerification verification = new ChainVerification();
        for (AuditEntry entry : entries) {
            if (!verification.check(entry)) {
                break;
            }
        }
        return verification.result();
    }

    @Test
    void anUntouchedChainIsIntactUpToItsNewestEntry() {
        List<AuditEntry> entries = chain();

        ChainVerification.Result result = verify(entries);

        assertTrue(result.intact());
        assertEquals(3, result.entriesChecked());
        assertNull(result.firstBrokenEntryId());
        assertEquals(13L, result.lastEntryId());
        assertEquals(entries.get(2).hash(), result.lastHash());
    }

    @Test
    void anEmptyTrailIsIntact() {
        ChainVerification.Result result = new ChainVerification().result();

        assertTrue(result.intact());
        assertEquals(0, result.entriesChecked());
        assertNull(result.lastEntryId());
    }

    @Test
    void anEntryChangedWithoutItsHashBreaksThere() {
        List<AuditEntry> entries = chain();
        AuditEntry original = entries.get(1);
        entries.set(1, new AuditEntry(original.id(), AuditChainTest.renaming("forged reason"), original.previousHash(),
                original.hash()));

        ChainVerification.Result result = verify(entries);

        assertFalse(result.intact());
        assertEquals(12L, result.firstBrokenEntryId());
        assertEquals(2, result.entriesChecked());
        assertEquals("entry 12 was altered: its content does not match its hash", result.problem());
    }

    @Test
    void anEntryChangedAndRehashedBreaksTheLinkOfTheNext() {
        List<AuditEntry> entries = chain();
        AuditEntry original = entries.get(1);
        RecordChange forged = AuditChainTest.renaming("forged reason");
        entries.set(1, new AuditEntry(original.id(), forged, original.previousHash(),
                AuditChain.hash(original.previousHash(), forged)));

        ChainVerification.Result result = verify(entries);

        assertEquals(13L, result.firstBrokenEntryId());
        assertTrue(result.problem().startsWith("entry 13 does not follow entry 12"), result.problem());
    }

    @Test
    void aRemovedEntryBreaksTheLinkOfTheNext() {
        List<AuditEntry> entries = chain();
        entries.remove(1);

        assertEquals(13L, verify(entries).firstBrokenEntryId());
    }

    @Test
    void removingTheOldestEntriesIsFound() {
        List<AuditEntry> entries = chain();
        entries.remove(0);

        ChainVerification.Result result = verify(entries);

        assertEquals(12L, result.firstBrokenEntryId());
        assertTrue(result.problem().contains("older entries were removed"), result.problem());
    }

    @Test
    void anUnreadableEntryBreaksTheChainAndEndsTheWalk() {
        ChainVerification verification = new ChainVerification();
        verification.check(chain().get(0));

        assertFalse(verification.unreadable(12, "its changes are not text"));

        assertEquals(12L, verification.result().firstBrokenEntryId());
        assertEquals("entry 12 was altered: its changes are not text", verification.result().problem());
        assertThrows(IllegalStateException.class, () -> verification.check(chain().get(2)));
    }
}
