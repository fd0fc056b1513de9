package org.openmes.telemetry.connector;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The body of one JMS text message: one scan of one PLC, the samples that passed report-by-exception, the edge
 * events derived from the scan ({@link EdgeEvent}) and a change of the PLC's comms state. The GOOD samples, which
 * share the scan's timestamps, travel as two columns (tag ids and values) with the timestamps once per scan; any
 * other sample (BAD or UNCERTAIN, with its reason) travels as an object of its own:
 * <pre>
 * {"plc":"LINE-1","scanId":"LINE-1:fast:1763762400000123:42","scanClass":"fast",
 *  "sampledAt":"2026-11-21T22:00:00.000123Z","sourceAt":"…","tags":[7,9],"values":[6,1.5],
 *  "samples":[{"tag":8,"sampledAt":"…","sourceAt":"…","quality":"BAD","reason":"no answer within 1000 ms"}],
 *  "events":[{"tag":9,"occurredAt":"…","kind":"FAULT_RAISED","bit":3,"oldValue":0,"newValue":8}],
 *  "comms":{"state":"LOST","at":"…","reason":"no answer within 1000 ms","event":"COMMS_LOST"}}
 * </pre>
 * A scan of 100 GOOD samples is ≈ 0.7 kB instead of ≈ 11 kB as one object per sample, which the messaging engine
 * writes to and reads from its file store and the ingest parses. Consumers still read the older form (every sample
 * an object under {@code samples}, no columns), which a journal written before the change may hold.
 * Several scans travel in one message as {@code {"scans":[{...}, {...}]}}, in the order they were taken ({@link
 * ScanPublisher} batches what queued while the previous message was being sent).
 * {@code comms} ({@link CommsState}) is there only when the PLC's comms state changed with this scan; it concerns
 * every piece of equipment with a signal mapped to a tag of the PLC.
 * Consumers are idempotent on (tag, sampledAt); {@code scanId} (PLC, scan class, scan time in microseconds,
 * sequence) is also the JMS property {@value #SCAN_ID_PROPERTY}, for tracing.
 */
public final class ScanMessage {
    /** JMS string property carrying the scan id. */
    public static final String SCAN_ID_PROPERTY = "scanId";
    /** JMS string property carrying the PLC code, for selectors. */
    public static final String PLC_PROPERTY = "plc";
    // Json.createXxxBuilder looks the JSON provider up (a ServiceLoader scan of the class path) on every call
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private ScanMessage() {
    }

    /** Several scans in one message, in order: {@code {"scans":[scan, scan, ...]}}. */
    static String batch(List<String> scans) {
        return "{\"scans\":[" + String.join(",", scans) + "]}";
    }

    static String toJson(String plcCode, String scanId, String scanClass, List<Sample> samples, List<EdgeEvent> events,
                         CommsState comms) {
        Sample first = samples.stream().filter(ScanMessage::columnar).findFirst().orElse(null);
        JsonArrayBuilder tags = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Sample sample : samples) {
            if (first != null && columnar(sample) && sample.sampledAt().equals(first.sampledAt())
                    && sample.sourceAt().equals(first.sourceAt())) {
                tags.add(sample.tagId());
                values.add(sample.value());
                continue;
            }
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("tag", sample.tagId())
                    .add("sampledAt", sample.sampledAt().toString())
                    .add("sourceAt", sample.sourceAt().toString())
                    .add("quality", sample.quality().name());
            if (sample.value() != null) {
                item.add("value", sample.value());
            }
            if (sample.reason() != null) {
                item.add("reason", sample.reason());
            }
            array.add(item);
        }
        JsonArrayBuilder edges = JSON.createArrayBuilder();
        for (EdgeEvent event : events) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("tag", event.tagId())
                    .add("occurredAt", event.occurredAt().toString()).add("kind", event.kind()).add("bit", event.bit())
                    .add("oldValue", event.oldValue()).add("newValue", event.newValue());
            if (event.increment() != null) {
                item.add("increment", event.increment());
            }
            edges.add(item);
        }
        JsonObjectBuilder message = JSON.createObjectBuilder().add("plc", plcCode).add("scanId", scanId)
                .add("scanClass", scanClass);
        if (first != null) {
            message.add("sampledAt", first.sampledAt().toString()).add("sourceAt", first.sourceAt().toString())
                    .add("tags", tags).add("values", values);
        }
        message.add("samples", array).add("events", edges);
        if (comms != null) {
            JsonObjectBuilder state = JSON.createObjectBuilder().add("state", comms.lost() ? "LOST" : "CONNECTED")
                    .add("at", comms.at().toString());
            if (comms.reason() != null) {
                state.add("reason", comms.reason());
            }
            if (comms.event() != null) {
                state.add("event", comms.event());
            }
            message.add("comms", state);
        }
        return message.build().toString();
    }

    /** A sample that can travel in the columns: GOOD, with a value and without a reason. */
    private static boolean columnar(Sample sample) {
        return sample.quality() == Quality.GOOD && sample.value() != null && sample.reason() == null;
    }
}
