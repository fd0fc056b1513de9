package org.openmes.audit.service;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/**
 * The outcome of verifying the hash chain: entries checked, whether all are as appended, else the first
 * broken entry and what is wrong with it; when intact, the newest entry and its hash, to note down and
 * compare with at the next verification (the removal of the newest entries breaks no link).
 */
public class ChainVerificationDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long entriesChecked;
    private final boolean intact;
    @JsonbNillable
    private final Long firstBrokenEntryId;
    @JsonbNillable
    private final String problem;
    private final Long lastEntryId;
    private final String lastHash;

    public ChainVerificationDto(long entriesChecked, boolean intact, Long firstBrokenEntryId, String problem,
            Long lastEntryId, String lastHash) {
        this.entriesChecked = entriesChecked;
        this.intact = intact;
        this.firstBrokenEntryId = firstBrokenEntryId;
        this.problem = problem;
        this.lastEntryId = lastEntryId;
        this.lastHash = lastHash;
    }

    public long getEntriesChecked() { return entriesChecked; }
    public boolean isIntact() { return intact; }
    public Long getFirstBrokenEntryId() { return firstBrokenEntryId; }
    public String getProblem() { return problem; }
    public Long getLastEntryId() { return lastEntryId; }
    public String getLastHash() { return lastHash; }
}
