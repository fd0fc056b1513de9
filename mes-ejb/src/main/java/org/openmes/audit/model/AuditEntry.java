package org.openmes.audit.model;

/**
 * One row of the audit trail: a {@link RecordChange}, the hash of the entry before it ({@link AuditChain#GENESIS}
 * for the first) and its own hash over both. Entries are only ever appended.
 */
public record AuditEntry(long id, RecordChange change, String previousHash, String hash) {
}
