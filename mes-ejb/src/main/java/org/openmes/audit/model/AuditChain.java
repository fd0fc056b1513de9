package org.openmes.audit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash chain that makes the trail tamper-evident. An entry's hash is the lowercase hex SHA-256 of the
 * UTF-8 bytes of its previous hash (64 hex digits, {@link #GENESIS} for the first entry) followed directly by
 * the {@link CanonicalJson canonical JSON} of its other columns (all but id and hash):
 * <pre>
 * {"action":…,"actor":…,"actor_kind":…,"changes":{…},"correlation_id":…,"entity_id":…,"entity_type":…,
 *  "kiosk":…,"occurred_at":"2026-03-01T08:15:30.123456Z","reason":…}
 * </pre>
 * Every member is present (null when the column is), {@code occurred_at} is UTC with exactly six fraction
 * digits. docs/audit.md shows how to recompute it with other tools.
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private AuditChain() {
    }

    /** The hash of an entry with this content following an entry with hash {@code previousHash}. */
    public static String hash(String previousHash, RecordChange change) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha256.update(canonicalForm(change).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The canonical JSON of an entry's columns besides id, previous hash and hash. */
    static String canonicalForm(RecordChange change) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("occurred_at", OCCURRED_AT.format(change.occurredAt()));
        columns.put("actor", change.actor().name());
        columns.put("actor_kind", change.actor().kind().name());
        columns.put("kiosk", change.actor().kiosk());
        columns.put("action", change.action().name());
        columns.put("entity_type", change.entityType());
        columns.put("entity_id", change.entityId());
        columns.put("changes", CanonicalJson.changesObject(change.changes()));
        columns.put("reason", change.reason());
        columns.put("correlation_id", change.correlationId());
        return CanonicalJson.write(columns);
    }
}
