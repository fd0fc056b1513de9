package org.openmes.andon.model;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;
import org.openmes.security.model.MesRole;

/**
 * One recipient of an escalation level as a rule writes it: {@code role:<ROLE>} (everyone holding the role),
 * {@code user:<user name>} (one person), {@code shift:current} (the people assigned to the shift running on the
 * call's line) or {@code shift:<pattern code>} (the people assigned to that shift pattern of the call's line while it
 * runs).
 */
public record Recipient(Kind kind, String value) {
    /** What a recipient names. */
    public enum Kind {
        ROLE, USER, SHIFT
    }

    /** The shift recipient meaning whichever shift runs on the call's line. */
    public static final String CURRENT_SHIFT = "current";

    private static final Pattern USER = Pattern.compile("[^,\\s][^,]{0,119}");
    private static final Pattern SHIFT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** Parses one recipient; 400 naming {@code recipients} when it is none of the forms. */
    public static Recipient parse(String text) {
        String recipient = text == null ? "" : text.strip();
        if (recipient.startsWith("role:") && MesRole.ofCode(recipient.substring(5)) != null) {
            return new Recipient(Kind.ROLE, recipient.substring(5));
        }
        if (recipient.startsWith("user:") && USER.matcher(recipient.substring(5)).matches()) {
            return new Recipient(Kind.USER, recipient.substring(5));
        }
        if (recipient.startsWith("shift:") && SHIFT.matcher(recipient.substring(6)).matches()) {
            return new Recipient(Kind.SHIFT, recipient.substring(6));
        }
        throw new InvalidInputException("recipients", "Not a recipient: '" + recipient + "'; write role:<one of "
                + Arrays.toString(MesRole.values()) + ">, user:<user name>, shift:current or shift:<shift pattern code>");
    }

    /** Parses a rule's comma-separated recipients as stored. */
    public static List<Recipient> parseAll(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(Recipient::parse).toList();
    }

    /** Whether this names the shift running now rather than a pattern by its code. */
    public boolean isCurrentShift() {
        return kind == Kind.SHIFT && CURRENT_SHIFT.equals(value);
    }

    /** As a rule writes it, e.g. {@code role:SHIFT_MANAGER}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
    }
}
