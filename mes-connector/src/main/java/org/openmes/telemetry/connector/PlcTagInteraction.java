package org.openmes.telemetry.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.cci.Connection;
import jakarta.resource.cci.Interaction;
import jakarta.resource.cci.InteractionSpec;
import jakarta.resource.cci.MappedRecord;
import jakarta.resource.cci.Record;
import jakarta.resource.cci.ResourceWarning;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads or writes one tag. The input is a {@link MappedRecord} whose name says what to do, so a caller needs no
 * class of the adapter (the {@link InteractionSpec} is ignored and may be null):
 * <ul>
 * <li>{@value #READ}: keys {@code plc} (PLC code) and {@code tag} (tag name);</li>
 * <li>{@value #WRITE}: the same and {@code value} (a {@link Number} in engineering units).</li>
 * </ul>
 * The output is a {@link MappedRecord} named {@value #RESULT} with {@code plc}, {@code tag}, {@code value}
 * ({@link BigDecimal}, engineering units; null when BAD), {@code quality} (GOOD / BAD / UNCERTAIN), {@code reason}
 * and {@code at} (when the PLC answered, an {@link java.time.Instant}); a write answers with the value written.
 * Failures are {@link ResourceException}s with the error codes of {@link TagAccessException}.
 */
final class PlcTagInteraction implements Interaction {
    static final String READ = "READ";
    static final String WRITE = "WRITE";
    static final String RESULT = "RESULT";

    private final PlcTagConnection connection;
    private final TagAccess access;

    PlcTagInteraction(PlcTagConnection connection, TagAccess access) {
        this.connection = connection;
        this.access = access;
    }

    @Override
    public Record execute(InteractionSpec spec, Record input) throws ResourceException {
        connection.checkOpen();
        if (!(input instanceof MappedRecord record)) {
            throw new TagAccessException(TagAccessException.REFUSED, "the input must be a MappedRecord named READ or WRITE");
        }
        String plc = text(record, "plc");
        String tag = text(record, "tag");
        Map<String, Object> result = new HashMap<>();
        result.put("plc", plc);
        result.put("tag", tag);
        switch (String.valueOf(record.getRecordName())) {
            case READ -> {
                Sample sample = access.read(plc, tag);
                result.put("value", sample.value());
                result.put("quality", sample.quality().name());
                result.put("reason", sample.reason());
                result.put("at", sample.sourceAt());
            }
            case WRITE -> {
                if (!(record.get("value") instanceof Number number)) {
                    throw new TagAccessException(TagAccessException.REFUSED, "a WRITE needs a numeric value");
                }
                BigDecimal value = new BigDecimal(number.toString());
                access.write(plc, tag, value);
                result.put("value", value);
                result.put("quality", Quality.GOOD.name());
                result.put("at", java.time.Instant.now());
            }
            default -> throw new TagAccessException(TagAccessException.REFUSED, "unknown interaction "
                    + record.getRecordName() + "; the input record's name must be READ or WRITE");
        }
        TagRecord output = new TagRecord(RESULT);
        output.putAll(result);
        return output;
    }

    @Override
    public boolean execute(InteractionSpec spec, Record input, Record output) throws ResourceException {
        throw new NotSupportedException("use execute(spec, input), which returns the result record");
    }

    private static String text(MappedRecord record, String key) throws TagAccessException {
        if (!(record.get(key) instanceof String value) || value.isBlank()) {
            throw new TagAccessException(TagAccessException.REFUSED, "the input record needs '" + key + "'");
        }
        return value;
    }

    @Override
    public void close() {
        // nothing held: the PLC session belongs to the adapter
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public ResourceWarning getWarnings() {
        return null;
    }

    @Override
    public void clearWarnings() {
        // no warnings are ever kept
    }
}
