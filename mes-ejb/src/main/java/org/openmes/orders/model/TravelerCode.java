package org.openmes.orders.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;

/**
 * What a work traveler's QR codes carry, and what a workstation kiosk accepts when one is scanned: a batch
 * ({@code MES-BATCH-<batch id>}) or one operation of a batch ({@code MES-OP-<batch operation id>}). Plain text rather
 * than a URL because a keyboard-wedge scanner types the payload into the kiosk's scan field; short codes keep the
 * QR small enough to read from a crumpled traveler.
 */
public record TravelerCode(Kind kind, long id) {

    private static final Pattern SCANNED = Pattern.compile("MES-(BATCH|OP)-([1-9][0-9]{0,17})");

    /** What a code points at. */
    public enum Kind {
        BATCH("MES-BATCH-"), OPERATION("MES-OP-");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public TravelerCode {
        if (kind == null || id <= 0) {
            throw new IllegalArgumentException("a traveler code needs a kind and a positive id");
        }
    }

    public static TravelerCode batch(long batchId) {
        return new TravelerCode(Kind.BATCH, batchId);
    }

    public static TravelerCode operation(long batchOperationId) {
        return new TravelerCode(Kind.OPERATION, batchOperationId);
    }

    /**
     * Reads what a scanner typed; scanners may add blanks around it or send lower case (Caps Lock on the kiosk).
     *
     * @throws InvalidInputException naming {@code field} when the text is no traveler code
     */
    public static TravelerCode parse(String field, String scanned) {
        String text = scanned == null ? "" : scanned.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = SCANNED.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInputException(field, "'" + (scanned == null ? "" : scanned.strip())
                    + "' is not a traveler code (MES-OP-<number> for an operation, MES-BATCH-<number> for a batch)");
        }
        return new TravelerCode(matcher.group(1).equals("OP") ? Kind.OPERATION : Kind.BATCH, Long.parseLong(matcher.group(2)));
    }

    /** The text to put into the QR code. */
    public String text() {
        return kind.prefix + id;
    }

    @Override
    public String toString() {
        return text();
    }
}
