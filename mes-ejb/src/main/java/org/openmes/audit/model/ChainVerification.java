package org.openmes.audit.model;

/**
 * Walks the trail in id order and tells whether every entry is as it was appended: its hash matches its
 * content, and its previous hash is the hash of the entry before it ({@link AuditChain#GENESIS} for the
 * first). Stops at the first broken entry: an entry changed without recomputing its hash breaks there, one
 * changed and re-hashed breaks the link to the entry after it, removed entries break the link of the next.
 */
public final class ChainVerification {

    /**
     * The outcome: how many entries were looked at (the broken one included), and either the first broken
     * entry with the reason, or the newest entry and its hash (worth writing down: removing the newest
     * entries breaks no link, comparing with a hash noted earlier shows it).
     */
    public record Result(long entriesChecked, boolean intact, Long firstBrokenEntryId, String problem,
            Long lastEntryId, String lastHash) {
    }

    private long checked;
    private Long previousId;
    private String previousHash = AuditChain.GENESIS;
    private Long brokenId;
    private String problem;

    /** Checks the next entry; false when it breaks the chain, after which nothing more is checked. */
    public boolean check(AuditEntry entry) {
        requireUnbroken();
        checked++;
        if (!AuditChain.hash(entry.previousHash(), entry.change()).equals(entry.hash())) {
            return broken(entry.id(), "entry " + entry.id() + " was altered: its content does not match its hash");
        }
        if (!entry.previousHash().equals(previousHash)) {
            return broken(entry.id(), previousId == null
                    ? "entry " + entry.id() + " is the oldest entry but does not start the chain: older entries were removed"
                    : "entry " + entry.id() + " does not follow entry " + previousId + ": entries between them were removed,"
                            + " or entry " + previousId + " was altered and its hash recomputed");
        }
        previousId = entry.id();
        previousHash = entry.hash();
        return true;
    }

    /** Records an entry whose stored content is not even in the form the trail writes; always breaks the chain. */
    public boolean unreadable(long entryId, String what) {
        requireUnbroken();
        checked++;
        return broken(entryId, "entry " + entryId + " was altered: " + what);
    }

    public Result result() {
        return brokenId != null
                ? new Result(checked, false, brokenId, problem, null, null)
                : new Result(checked, true, null, null, previousId, previousId == null ? null : previousHash);
    }

    private boolean broken(long entryId, String why) {
        brokenId = entryId;
        problem = why;
        return false;
    }

    private void requireUnbroken() {
        if (brokenId != null) {
            throw new IllegalStateException("the chain is already broken at entry " + brokenId);
        }
    }
}
