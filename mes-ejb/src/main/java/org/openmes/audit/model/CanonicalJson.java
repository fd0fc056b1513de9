package org.openmes.audit.model;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one JSON form of audit data: RFC 8785 (JSON Canonicalization Scheme) restricted to what entries hold,
 * objects of text and null. Members sorted by name, no whitespace, strings with only {@code "} and
 * {@code \} and the control characters escaped (as {@code \b \t \n \f \r}, the others as {@code \}{@code u00xx}),
 * everything else as UTF-8. Python's {@code json.dumps(o, sort_keys=True, separators=(",", ":"),
 * ensure_ascii=False)} writes the same text, which lets an auditor recompute hashes without this code.
 */
public final class CanonicalJson {
    private static final String OLD = "old";
    private static final String NEW = "new";

    private CanonicalJson() {
    }

    /** {@code {"<field>":{"new":…,"old":…},…}}: how an entry's changes are stored and hashed. */
    public static String ofChanges(List<FieldChange> changes) {
        return write(changesObject(changes));
    }

    /** The changes as the object {@link #write} takes. */
    static Map<String, Object> changesObject(List<FieldChange> changes) {
        Map<String, Object> byField = new HashMap<>();
        for (FieldChange change : changes) {
            Map<String, Object> values = new HashMap<>();
            values.put(OLD, change.oldValue());
            values.put(NEW, change.newValue());
            byField.put(change.field(), values);
        }
        return byField;
    }

    /**
     * The changes stored as {@code json}, or empty when it is not in the form {@link #ofChanges} writes: an
     * object of objects with exactly the text-or-null members old and new (a changed row, to the verification).
     */
    public static Optional<List<FieldChange>> parseChanges(String json) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException notAnObject) {
            // not JSON, or JSON but not an object: either way not what the trail writes
            return Optional.empty();
        }
        List<FieldChange> changes = new ArrayList<>(object.size());
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (member.getKey().isEmpty() || member.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                return Optional.empty();
            }
            JsonObject values = member.getValue().asJsonObject();
            if (values.size() != 2 || !values.containsKey(OLD) || !values.containsKey(NEW)
                    || !isTextOrNull(values.get(OLD)) || !isTextOrNull(values.get(NEW))) {
                return Optional.empty();
            }
            changes.add(new FieldChange(member.getKey(), text(values.get(OLD)), text(values.get(NEW))));
        }
        return Optional.of(changes);
    }

    /** {@code value} as canonical JSON: a String, null, or a Map of String to such values. */
    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            writeString(json, text);
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                writeString(json, (String) member.getKey());
                json.append(':');
                write(json, member.getValue());
            }
            json.append('}');
        } else {
            throw new IllegalArgumentException("audit JSON holds text, null and objects only, not " + value.getClass());
        }
    }

    private static void writeString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean isTextOrNull(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String text(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) value).getString();
    }
}
