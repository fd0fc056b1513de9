package org.openmes.signature.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 of a record's canonical content (lower-case hex): what binds a signature to what was signed. */
public record ContentHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a content hash is 64 lower-case hex digits: " + hex);
        }
    }

    /** The hash of {@code canonicalContent} as UTF-8. */
    public static ContentHash of(String canonicalContent) {
        return of(canonicalContent.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of {@code content}. */
    public static ContentHash of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new ContentHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
