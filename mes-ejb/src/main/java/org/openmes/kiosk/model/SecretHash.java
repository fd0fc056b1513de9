package org.openmes.kiosk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One-time enrolment codes and device secrets: random, shown or handed out once, stored only as SHA-256. A fast hash
 * is enough for 120+ random bits (unlike a PIN, which is why PINs are hashed with PBKDF2 instead).
 */
public final class SecretHash {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretHash() {
    }

    /** A new random secret of {@code bytes} bytes, URL-safe Base64. */
    public static String newSecret(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** An enrolment code a person can type: 12 letters and digits without look-alikes, in groups of four. */
    public static String newEnrolmentCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** The stored form: SHA-256, lower-case hex, of the secret as typed (enrolment codes upper-cased, dashes dropped). */
    public static String of(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An enrolment code as a person may have typed it, in the one form that is hashed. */
    public static String normalisedEnrolmentCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
