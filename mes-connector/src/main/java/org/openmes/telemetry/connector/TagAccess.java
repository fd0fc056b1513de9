package org.openmes.telemetry.connector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.function.Function;

/**
 * Reads and writes single tags of a polled PLC on demand, by PLC code and tag name, in engineering units, through
 * the PLC's one session (no second connection to the PLC). A PLC that is not polled (unknown or disabled) cannot be
 * reached: the adapter owns no session for it.
 */
final class TagAccess {
    private final Function<String, PlcPoller> pollers;
    private final Clock clock;

    /** @param pollers the poller of a PLC code, null when the PLC is not polled */
    TagAccess(Function<String, PlcPoller> pollers, Clock clock) {
        this.pollers = pollers;
        this.clock = clock;
    }

    /** Reads the tag now; a PLC that does not answer gives a BAD sample with the reason, as a scan would. */
    Sample read(String plcCode, String tagName) throws TagAccessException {
        Target target = target(plcCode, tagName);
        return target.poller().session().read(java.util.List.of(target.tag()), clock.instant()).get(0);
    }

    /** Writes {@code value} (engineering units) to the tag: {@code (value - offset) / scale} of the tag's type. */
    void write(String plcCode, String tagName, BigDecimal value) throws TagAccessException {
        Target target = target(plcCode, tagName);
        target.poller().session().write(target.tag(), toRaw(target.tag(), value));
    }

    /** The raw PLC value for {@code value} in engineering units, refused when the tag's type cannot hold it. */
    static Object toRaw(TagDefinition tag, BigDecimal value) throws TagAccessException {
        if (value == null) {
            throw new TagAccessException(TagAccessException.REFUSED, "a value is required");
        }
        BigDecimal raw = tag.scale() == 1 && tag.offset() == 0 ? value
                : value.subtract(BigDecimal.valueOf(tag.offset())).divide(BigDecimal.valueOf(tag.scale()), 12, RoundingMode.HALF_EVEN);
        try {
            return switch (tag.dataType()) {
                case "BOOL" -> {
                    if (raw.compareTo(BigDecimal.ZERO) != 0 && raw.compareTo(BigDecimal.ONE) != 0) {
                        throw new ArithmeticException("a BOOL tag takes 0 or 1");
                    }
                    yield raw.compareTo(BigDecimal.ONE) == 0;
                }
                case "INT", "LONG" -> raw.stripTrailingZeros().longValueExact();
                default -> raw.doubleValue();
            };
        } catch (ArithmeticException e) {
            throw new TagAccessException(TagAccessException.REFUSED, "tag " + tag.name() + " (" + tag.dataType()
                    + ") cannot hold " + value.toPlainString() + ": " + e.getMessage());
        }
    }

    private Target target(String plcCode, String tagName) throws TagAccessException {
        PlcPoller poller = plcCode == null ? null : pollers.apply(plcCode);
        if (poller == null) {
            throw new TagAccessException(TagAccessException.NOT_FOUND, "PLC " + plcCode
                    + " is not polled by the connector (unknown, disabled, or its configuration not loaded yet)");
        }
        TagDefinition tag = poller.definition().tags().stream().filter(candidate -> candidate.name().equals(tagName))
                .findFirst().orElseThrow(() -> new TagAccessException(TagAccessException.NOT_FOUND,
                        "PLC " + plcCode + " has no tag " + tagName));
        return new Target(poller, tag);
    }

    private record Target(PlcPoller poller, TagDefinition tag) {
    }
}
